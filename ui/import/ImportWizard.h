#pragma once
// The import wizard: file → sheet and encoding → mapping → preview → result.
// From the preview, "Add Another Sheet" goes round again for a related sheet or
// file (the contacts of the accounts just previewed); all commit as one change.
// It reads the file on a worker thread (progress bar, Cancel), matches the
// columns from their headers (the user corrects them and may save the mapping
// as a named template), previews every row as the import core plans it, and
// applies the plan as one change that one Undo removes.

#include "import/Import.h"
#include "import/LoadTable.h"

#include <QWizard>
#include <functional>

namespace summit::ui {

class Workspace;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        ResultPage,
    };

    ImportWizard(Workspace& workspace, QWidget* parent = nullptr, const QString& path = {});
    ~ImportWizard() override;

    // What the pages share.
    struct State
    {
        QString path;
        QString type = QStringLiteral("accounts");
        import::LoadedTable loaded;
        import::Mapping mapping;
        import::Options options;
        import::Plan plan;
        bool imported = false;
        // Sheets (or files) planned before this one, imported in the same change:
        // this one is planned as if they were already in (contacts naming the
        // accounts of the sheet before).
        struct Earlier
        {
            QString name; // "team.xlsx [客户]"
            QString type;
            import::Plan plan;
        };
        std::vector<Earlier> earlier;
    };
    State& state() { return m_state; }
    Workspace& workspace() { return m_workspace; }

    // While a page works (reading the file), Cancel and closing the window ask
    // the work to stop instead of destroying the wizard under it.
    void setBusy(std::function<void()> cancel);
    void setIdle();
    void reject() override;

    // Templates saved by name (QSettings, this computer): name -> mapping JSON.
    static QStringList templateNames();
    static QJsonObject templateNamed(const QString& name);
    static void saveTemplate(const QString& name, const QJsonObject& mapping);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    Workspace& m_workspace;
    State m_state;
    std::function<void()> m_cancel; // set while busy
};

} // namespace summit::ui
