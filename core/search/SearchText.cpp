#include "search/SearchText.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace summit::search {
namespace {

// kPinyinSyllables, kPinyinBmpFirst, kPinyinBmp, kPinyinIndexBits, kPinyinOther:
// generated from Unihan by gen_pinyin.cpp (see Pinyin.cmake).
#include "PinyinTable.inc"

// Characters whose first kMandarin reading is a rare or grammatical one, while
// names use another: 房地产 is "fangdichan", 成都 "chengdu".
struct CharReading
{
    char32_t character;
    const char* pinyin;
};
constexpr CharReading kCharReadings[] = {
    {U'地', "di"}, // kMandarin "de dì"
    {U'都', "du"}, // kMandarin "dōu dū"
};

// Two-character words, frequent in company and place names, whose characters
// read differently from their usual reading (行 is "xing" but 银行 "yinhang").
// Sorted by code points for binary search.
struct WordReading
{
    char32_t first;
    char32_t second;
    const char* firstPinyin;
    const char* secondPinyin;
};
constexpr WordReading kWordReadings[] = {
    {U'会', U'计', "kuai", "ji"},     // U+4F1A U+8BA1
    {U'六', U'安', "lu", "an"},       // U+516D U+5B89
    {U'分', U'行', "fen", "hang"},    // U+5206 U+884C
    {U'厦', U'门', "xia", "men"},     // U+53A6 U+95E8
    {U'总', U'行', "zong", "hang"},   // U+603B U+884C
    {U'支', U'行', "zhi", "hang"},    // U+652F U+884C
    {U'空', U'调', "kong", "tiao"},   // U+7A7A U+8C03
    {U'蚌', U'埠', "beng", "bu"},     // U+868C U+57E0
    {U'行', U'业', "hang", "ye"},     // U+884C U+4E1A
    {U'行', U'长', "hang", "zhang"},  // U+884C U+957F
    {U'西', U'藏', "xi", "zang"},     // U+897F U+85CF
    {U'重', U'庆', "chong", "qing"},  // U+91CD U+5E86
    {U'银', U'行', "yin", "hang"},    // U+94F6 U+884C
    {U'长', U'城', "chang", "cheng"}, // U+957F U+57CE
    {U'长', U'安', "chang", "an"},    // U+957F U+5B89
    {U'长', U'征', "chang", "zheng"}, // U+957F U+5F81
    {U'长', U'春', "chang", "chun"},  // U+957F U+6625
    {U'长', U'江', "chang", "jiang"}, // U+957F U+6C5F
    {U'长', U'沙', "chang", "sha"},   // U+957F U+6C99
    {U'长', U'虹', "chang", "hong"},  // U+957F U+8679
    {U'音', U'乐', "yin", "yue"},     // U+97F3 U+4E50
};

constexpr bool wordLess(const WordReading& a, const WordReading& b)
{
    return a.first != b.first ? a.first < b.first : a.second < b.second;
}
static_assert(std::is_sorted(std::begin(kWordReadings), std::end(kWordReadings), wordLess));

const WordReading* findWord(char32_t first, char32_t second)
{
    const WordReading key{first, second, nullptr, nullptr};
    const auto* it = std::lower_bound(std::begin(kWordReadings), std::end(kWordReadings), key, wordLess);
    if (it != std::end(kWordReadings) && it->first == first && it->second == second)
        return it;
    return nullptr;
}

struct CodePoint
{
    char32_t value;
    qsizetype pos;
    qsizetype size; // 2 for a surrogate pair, else 1
};

// A lone surrogate comes back as itself (category Cs, so a separator).
CodePoint codePointAt(QStringView s, qsizetype i)
{
    const char16_t unit = s[i].unicode();
    if (QChar::isHighSurrogate(unit) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode()))
        return {QChar::surrogateToUcs4(unit, s[i + 1].unicode()), i, 2};
    return {unit, i, 1};
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

// What a character is to the tokenizers. Marks only count as part of a word
// they follow (unicode61 keeps "cafe\u0301" as one token and strips the mark).
enum class Kind
{
    Han,
    Word,
    Mark,
    Separator
};

Kind kindOf(char32_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return alnum ? Kind::Word : Kind::Separator;
    }
    if (isHan(c))
        return Kind::Han;
    if (QChar::isLetterOrNumber(c))
        return Kind::Word;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return Kind::Mark;
    case QChar::Other_PrivateUse: // unicode61 indexes private-use characters too
        return Kind::Word;
    default:
        return Kind::Separator;
    }
}

// Resolves a mark by what precedes it.
Kind kindAfter(Kind previous, char32_t c)
{
    const Kind kind = kindOf(c);
    if (kind != Kind::Mark)
        return kind;
    return previous == Kind::Word ? Kind::Word : Kind::Separator;
}

// Case and width folding for tokens: FTS5 folds case itself, but we emit and
// compare lower case throughout; full-width ASCII (common in Chinese input) is
// not folded by unicode61, so we do it on both sides.
char32_t foldCase(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    return QChar::toLower(c);
}

// The folding matches() compares with: case, width and diacritics, like
// unicode61 with remove_diacritics 2 ("Müller" -> "muller"). Returns 0 for a
// combining mark, which unicode61 drops.
char32_t foldForMatch(char32_t c)
{
    c = foldCase(c);
    if (c < 0xC0)
        return c;
    if (QChar::category(c) == QChar::Mark_NonSpacing)
        return 0;
    // Base letter of the canonical decomposition, repeatedly (ǘ -> ü -> u).
    while (QChar::decompositionTag(c) == QChar::Canonical) {
        const QString decomposition = QChar::decomposition(c);
        if (decomposition.isEmpty())
            break;
        c = codePointAt(decomposition, 0).value;
    }
    return c;
}

enum class Fold
{
    Index, // case and width: what we hand to FTS5
    Match  // also diacritics: what matches() compares
};

void appendFolded(QString& out, char32_t c, Fold fold)
{
    if (fold == Fold::Index) {
        appendCodePoint(out, foldCase(c));
    } else if (const char32_t folded = foldForMatch(c); folded != 0) {
        appendCodePoint(out, folded);
    }
}

// Walks a text code point by code point with the pinyin of each Han character,
// applying kWordReadings (the reading of a character can depend on the next).
class PinyinWalker
{
public:
    explicit PinyinWalker(QStringView text) : m_text(text) {}

    // The next code point and its reading ("" for non-Han or no reading).
    bool next(CodePoint& cp, QLatin1StringView& reading)
    {
        if (m_pos >= m_text.size())
            return false;
        cp = codePointAt(m_text, m_pos);
        m_pos += cp.size;
        const QLatin1StringView pending = m_pending;
        m_pending = {};
        if (!isHan(cp.value)) {
            reading = {};
            return true;
        }
        if (!pending.isNull()) {
            reading = pending;
            return true;
        }
        if (m_pos < m_text.size()) {
            if (const WordReading* word = findWord(cp.value, codePointAt(m_text, m_pos).value)) {
                reading = QLatin1StringView(word->firstPinyin);
                m_pending = QLatin1StringView(word->secondPinyin);
                return true;
            }
        }
        reading = pinyinOf(cp.value);
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    QLatin1StringView m_pending;
};

// A cut of at most `cap` UTF-16 units of s from `from` that doesn't split a
// surrogate pair. ftsQuery cuts words the same way, so a query that is a
// prefix of a stream stays a prefix of its cut token.
QStringView capped(QStringView s, qsizetype from, qsizetype cap)
{
    qsizetype length = std::min(cap, s.size() - from);
    if (length < s.size() - from && length > 0 && s[from + length - 1].isHighSurrogate())
        --length;
    return s.mid(from, length);
}

// The title's full pinyin and initials with punctuation and spaces left out,
// and where suffixes start in them: at each Han character with a reading, and
// at 0 when the title starts with letters or digits. Empty when the title has
// no Han with a reading (its words are already indexed as words).
struct PinyinStreams
{
    QString full;
    QString initials;
    struct Start
    {
        qsizetype full;
        qsizetype initials;
    };
    QVarLengthArray<Start, 32> starts;
};

void buildStreams(QStringView title, Fold fold, qsizetype maxStarts, PinyinStreams& out)
{
    out.full.reserve(title.size() * 4);
    out.initials.reserve(title.size());
    PinyinWalker walker(title);
    CodePoint cp{};
    QLatin1StringView reading;
    Kind previous = Kind::Separator;
    bool anyHan = false;
    while (walker.next(cp, reading)) {
        const Kind kind = kindAfter(previous, cp.value);
        previous = kind;
        if (kind == Kind::Han) {
            if (reading.isEmpty())
                continue;
            anyHan = true;
            if (out.starts.size() < maxStarts)
                out.starts.append({out.full.size(), out.initials.size()});
            out.full.append(reading);
            out.initials.append(reading.front());
        } else if (kind == Kind::Word) {
            appendFolded(out.full, cp.value, fold);
            appendFolded(out.initials, cp.value, fold);
        }
    }
    if (!anyHan) {
        out.full.clear();
        out.initials.clear();
        out.starts.clear();
    } else if (out.starts.front().full != 0) {
        out.starts.insert(out.starts.begin(), {0, 0});
    }
}

void appendToken(QString& out, QStringView token)
{
    if (token.isEmpty())
        return;
    if (!out.isEmpty())
        out.append(u' ');
    out.append(token);
}

// Han unigrams and bigrams and folded words of one text, appended to `out`.
void appendPlainTerms(QString& out, QStringView text)
{
    Kind previous = Kind::Separator;
    CodePoint previousHan{};
    for (qsizetype i = 0; i < text.size();) {
        const CodePoint cp = codePointAt(text, i);
        i += cp.size;
        const Kind kind = kindAfter(previous, cp.value);
        if (kind == Kind::Han) {
            appendToken(out, text.mid(cp.pos, cp.size));
            if (previous == Kind::Han)
                appendToken(out, text.mid(previousHan.pos, previousHan.size + cp.size));
            previousHan = cp;
        } else if (kind == Kind::Word) {
            if (previous != Kind::Word && !out.isEmpty())
                out.append(u' ');
            appendCodePoint(out, foldCase(cp.value));
        }
        previous = kind;
    }
}

// What the user typed, split like the index: Han runs and folded words.
struct ParsedQuery
{
    QVarLengthArray<QStringView, 8> hanRuns;
    QVarLengthArray<QString, 8> words;
};

ParsedQuery parseQuery(QStringView text, Fold fold)
{
    ParsedQuery query;
    Kind previous = Kind::Separator;
    qsizetype hanStart = 0;
    const auto finishRun = [&](Kind ending, qsizetype end) {
        if (ending == Kind::Han)
            query.hanRuns.append(text.mid(hanStart, end - hanStart));
    };
    for (qsizetype i = 0; i < text.size();) {
        const CodePoint cp = codePointAt(text, i);
        i += cp.size;
        const Kind kind = kindAfter(previous, cp.value);
        if (kind != previous) {
            finishRun(previous, cp.pos);
            if (kind == Kind::Han)
                hanStart = cp.pos;
            else if (kind == Kind::Word)
                query.words.append(QString());
        }
        if (kind == Kind::Word)
            appendFolded(query.words.back(), cp.value, fold);
        previous = kind;
    }
    finishRun(previous, text.size());
    return query;
}

QString quoted(QStringView token)
{
    QString out;
    out.reserve(token.size() + 3);
    out.append(u'"');
    for (const QChar c : token) {
        if (c == u'"')
            out.append(u'"'); // FTS5 escapes a quote inside a string by doubling it
        out.append(c);
    }
    out.append(u'"');
    return out;
}

} // namespace

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)       // CJK Unified Ideographs
           || (c >= 0x3400 && c <= 0x4DBF)    // Extension A
           || (c >= 0xF900 && c <= 0xFAFF)    // Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x323AF); // Extensions B-H and Compatibility Supplement
}

QLatin1StringView pinyinOf(char32_t c)
{
    for (const CharReading& override : kCharReadings) {
        if (override.character == c)
            return QLatin1StringView(override.pinyin);
    }
    std::uint32_t index = 0;
    if (c >= kPinyinBmpFirst && c - kPinyinBmpFirst < std::size(kPinyinBmp)) {
        index = kPinyinBmp[c - kPinyinBmpFirst];
    } else if (c <= 0x10FFFF) {
        const std::uint32_t key = static_cast<std::uint32_t>(c) << kPinyinIndexBits;
        const auto* it = std::lower_bound(std::begin(kPinyinOther), std::end(kPinyinOther), key);
        if (it != std::end(kPinyinOther) && (*it >> kPinyinIndexBits) == c)
            index = *it & ((1u << kPinyinIndexBits) - 1);
    }
    return index == 0 ? QLatin1StringView() : QLatin1StringView(kPinyinSyllables[index]);
}

QString pinyinFull(QStringView text)
{
    QString out;
    out.reserve(text.size() * 4);
    PinyinWalker walker(text);
    CodePoint cp{};
    QLatin1StringView reading;
    while (walker.next(cp, reading)) {
        if (reading.isEmpty())
            appendCodePoint(out, QChar::toLower(cp.value));
        else
            out.append(reading);
    }
    return out;
}

QString pinyinInitials(QStringView text)
{
    QString out;
    out.reserve(text.size());
    PinyinWalker walker(text);
    CodePoint cp{};
    QLatin1StringView reading;
    while (walker.next(cp, reading)) {
        if (reading.isEmpty())
            appendCodePoint(out, QChar::toLower(cp.value));
        else
            out.append(reading.front());
    }
    return out;
}

QStringList pinyinSyllables(QStringView text)
{
    QStringList out;
    out.reserve(text.size());
    PinyinWalker walker(text);
    CodePoint cp{};
    QLatin1StringView reading;
    while (walker.next(cp, reading))
        out.append(QString(reading));
    return out;
}

QString indexTerms(const QString& title, const QString& body)
{
    PinyinStreams streams;
    buildStreams(title, Fold::Index, kMaxPinyinStarts, streams);
    qsizetype pinyinSize = 0;
    for (const PinyinStreams::Start& start : streams.starts) {
        pinyinSize += std::min(kMaxPinyinTokenLength, streams.full.size() - start.full) + 1;
        pinyinSize += std::min(kMaxPinyinTokenLength, streams.initials.size() - start.initials) + 1;
    }
    QString out;
    // Words cost their length plus a space; Han text up to five times its
    // length (unigram, bigram, spaces), but most text mixes both.
    out.reserve(3 * (title.size() + body.size()) + pinyinSize + 2);
    appendPlainTerms(out, title);
    for (const PinyinStreams::Start& start : streams.starts) {
        appendToken(out, capped(streams.full, start.full, kMaxPinyinTokenLength));
        appendToken(out, capped(streams.initials, start.initials, kMaxPinyinTokenLength));
    }
    appendPlainTerms(out, body);
    return out;
}

QString ftsQuery(const QString& userText)
{
    const ParsedQuery query = parseQuery(userText, Fold::Index);
    QStringList terms;
    const auto add = [&](QString term) {
        if (terms.size() < kMaxQueryTerms && !terms.contains(term))
            terms.append(std::move(term));
    };
    for (const QStringView run : query.hanRuns) {
        const CodePoint first = codePointAt(run, 0);
        if (first.size == run.size()) {
            add(quoted(run));
            continue;
        }
        for (CodePoint a = first; a.pos + a.size < run.size();) {
            const CodePoint b = codePointAt(run, a.pos + a.size);
            add(quoted(run.mid(a.pos, a.size + b.size)));
            a = b;
        }
    }
    // Pinyin tokens in the index are cut to kMaxPinyinTokenLength, so a longer
    // word is searched by its cut prefix; matches() checks the whole word.
    for (const QString& word : query.words)
        add(quoted(capped(word, 0, kMaxPinyinTokenLength)) + u'*');
    if (terms.isEmpty())
        return {};
    return terms.join(QLatin1StringView(" AND "));
}

bool matches(const QString& userText, const QString& title, const QString& body, const QString& terms)
{
    const ParsedQuery query = parseQuery(userText, Fold::Match);
    for (const QStringView run : query.hanRuns) {
        if (!title.contains(run) && !body.contains(run))
            return false;
    }
    if (query.words.isEmpty())
        return true;

    // Every word of title and body, each preceded by a marker, so that "prefix
    // of some word" is a plain substring search for marker + query word.
    constexpr char16_t kWordStart = u'\u0001';
    QString words;
    words.reserve(title.size() + body.size() + 8);
    for (const QString* text : {&title, &body}) {
        Kind previous = Kind::Separator;
        for (qsizetype i = 0; i < text->size();) {
            const CodePoint cp = codePointAt(*text, i);
            i += cp.size;
            const Kind kind = kindAfter(previous, cp.value);
            if (kind == Kind::Word) {
                if (previous != Kind::Word)
                    words.append(QChar(kWordStart));
                appendFolded(words, cp.value, Fold::Match);
            }
            previous = kind;
        }
    }

    PinyinStreams streams;
    buildStreams(title, Fold::Match, title.size(), streams);
    for (const QString& word : query.words) {
        const QString needle = QChar(kWordStart) + word;
        if (words.contains(needle))
            continue;
        if (!terms.isEmpty() &&
            std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.isDigit(); }) &&
            (terms.startsWith(word) || terms.contains(QLatin1Char(' ') + word)))
            continue; // a number of the terms: FTS5 matched the same token prefix
        const bool inPinyin =
            std::any_of(streams.starts.begin(), streams.starts.end(), [&](const auto& start) {
                return QStringView(streams.full).mid(start.full).startsWith(word) ||
                       QStringView(streams.initials).mid(start.initials).startsWith(word);
            });
        if (!inPinyin)
            return false;
    }
    return true;
}

} // namespace summit::search
