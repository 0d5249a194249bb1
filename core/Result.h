#pragma once
// Error convention for summit_core: functions that can fail return Result<T>
// (or Status when there is no value). core never shows a dialog or prints; the
// caller decides how to present the message. Messages are already translated
// and name the field, row or file concerned. Both types are [[nodiscard]]: a
// caller handles the error, or writes (void) with the reason it may be ignored.

#include <QString>
#include <optional>
#include <utility>

namespace summit {

struct Error
{
    QString message; // human readable, translated, names what and where
    QString field;   // the field concerned, if any (for inline form errors)
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e)), m_failed(true) {} // NOLINT: implicit by design
    static Status ok() { return {}; }
    static Status fail(QString message, QString field = {})
    {
        return Error{std::move(message), std::move(field)};
    }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT: implicit by design
    Result(Error e) : m_error(std::move(e)) {}     // NOLINT
    Result(Status s) : m_error(s.error()) {}       // NOLINT: only for failed statuses
    static Result fail(QString message, QString field = {})
    {
        return Error{std::move(message), std::move(field)};
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return m_value.has_value(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    Status status() const { return isOk() ? Status::ok() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace summit
