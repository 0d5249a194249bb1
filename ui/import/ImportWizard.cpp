#include "ui/import/ImportWizard.h"
#include "ui/UiText.h"

#include "import/ImportValues.h"
#include "model/Schema.h"
#include "store/Store.h"
#include "ui/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <climits>

namespace summit::ui {

namespace {

const char* const kTemplatesKey = "import/templates";

QString typeLabel(const QString& type)
{
    if (type == QLatin1String("accounts"))
        return UiText::tr("Accounts (with their group's org tree)");
    if (type == QLatin1String("orgunits"))
        return UiText::tr("Org units of existing accounts");
    if (type == QLatin1String("contacts"))
        return UiText::tr("Contacts");
    if (type == QLatin1String("followups"))
        return UiText::tr("Follow-ups");
    return UiText::tr("Opportunities");
}

// A modal dialog for work done in steps on this thread, whose progress callback processes
// events through it (the store refuses other writes meanwhile: Store::yieldTo). It shows at
// the first report (only work of 2,000 steps or more reports) and stays until closed.
void setUpProgress(QProgressDialog& progress, const char* objectName, const QString& label,
                   const QString& cancel)
{
    progress.setObjectName(QLatin1String(objectName));
    progress.setWindowTitle(UiText::tr("Import"));
    progress.setLabelText(label);
    progress.setCancelButtonText(cancel);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
}

// The callback for such work: moves the bar (which processes events) and answers whether
// to go on.
std::function<bool(qint64, qint64)> reportTo(QProgressDialog& progress)
{
    return [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        return !progress.wasCanceled();
    };
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// ---------------------------------------------------------------- file, sheet and encoding

class FileStep : public QWizardPage
{
public:
    explicit FileStep(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(UiText::tr("Choose a file"));
        setSubTitle(UiText::tr("An Excel workbook (XLSX, also from WPS or LibreOffice) or a CSV/TSV file, "
                               "with a header row."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("importFile"));
        auto* browse = new QPushButton(UiText::tr("&Browse…"), this);
        auto* pathRow = new QHBoxLayout;
        pathRow->addWidget(m_path, 1);
        pathRow->addWidget(browse);
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("importType"));
        for (const QString& t : import::importTypes())
            m_type->addItem(typeLabel(t), t);
        m_sheet = new QComboBox(this);
        m_sheet->setObjectName(QStringLiteral("importSheet"));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_encoding->addItem(UiText::tr("Detect"), QString());
        for (const char* e : {"utf-8", "gb18030", "gbk", "utf-16le", "utf-16be"})
            m_encoding->addItem(QString::fromLatin1(e).toUpper(), QString::fromLatin1(e));
        auto* form = new QFormLayout;
        auto* fileLabel = new QLabel(UiText::tr("&File:"), this);
        fileLabel->setBuddy(m_path); // a layout as the field takes no buddy of its own
        form->addRow(fileLabel, pathRow);
        form->addRow(UiText::tr("&Import as:"), m_type);
        form->addRow(UiText::tr("&Sheet:"), m_sheet);
        form->addRow(UiText::tr("&Encoding (CSV):"), m_encoding);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setVisible(false);
        m_cancel = new QPushButton(UiText::tr("Cancel reading"), this);
        m_cancel->setVisible(false);
        auto* progressRow = new QHBoxLayout;
        progressRow->addWidget(m_progress, 1);
        progressRow->addWidget(m_cancel);
        m_error = wrapped(QString(), this);
        m_error->setObjectName(QStringLiteral("importFileError"));
        m_error->setStyleSheet(QStringLiteral("color: #d9483b"));
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addLayout(progressRow);
        layout->addWidget(m_error);
        layout->addStretch(1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, UiText::tr("Import a File"), m_path->text(),
                UiText::tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            listSheets();
            emit completeChanged();
        });
        connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
        m_path->setText(wizard->state().path);
    }

    bool isComplete() const override { return QFileInfo(m_path->text().trimmed()).isFile(); }

    // Round again after "Add Another Sheet": the next sheet of the same file,
    // and the kind of records that usually follows the one before.
    void initializePage() override
    {
        const ImportWizard::State& state = m_wizard->state();
        if (state.earlier.empty())
            return;
        setTitle(UiText::tr("Choose another sheet or file"));
        const QString previous = state.earlier.back().type;
        const QString next =
            previous == QLatin1String("accounts")
                ? QStringLiteral("contacts")
                : import::importTypes().value(import::importTypes().indexOf(previous) + 1, previous);
        m_type->setCurrentIndex(std::max(0, m_type->findData(next)));
        if (m_sheet->currentIndex() + 1 < m_sheet->count())
            m_sheet->setCurrentIndex(m_sheet->currentIndex() + 1);
    }

    bool validatePage() override
    {
        ImportWizard::State& state = m_wizard->state();
        state.path = m_path->text().trimmed();
        state.type = m_type->currentData().toString();
        import::LoadOptions options;
        options.sheet = m_sheet->currentData().toString();
        options.read.encoding = m_encoding->currentData().toString();
        m_cancelled = false;
        options.cancelled = [this] {
            return m_cancelled.load();
        };
        QPointer<QProgressBar> bar = m_progress;
        options.read.onProgress = [bar](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            const int percent = int(std::min<qint64>(100, done * 100 / total));
            QMetaObject::invokeMethod(
                bar,
                [bar, percent] {
                    if (bar)
                        bar->setValue(percent);
                },
                Qt::QueuedConnection);
        };
        // Read on a worker thread; the page keeps painting and Cancel works.
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        m_error->clear();
        m_wizard->setBusy([this] { m_cancelled = true; });
        std::optional<Result<import::LoadedTable>> result;
        QThread* worker = QThread::create([&] { result.emplace(import::loadTable(state.path, options)); });
        QEventLoop loop;
        connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec(QEventLoop::WaitForMoreEvents); // Cancel stays clickable
        worker->wait();
        delete worker;
        m_wizard->setIdle();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (!result || !result->isOk()) {
            m_error->setText(result ? result->message() : UiText::tr("The file could not be read."));
            return false;
        }
        state.loaded = std::move(*result).value();
        return true;
    }

    QComboBox* type() const { return m_type; }

private:
    void listSheets()
    {
        m_sheet->clear();
        m_error->clear();
        const QString path = m_path->text().trimmed();
        if (!QFileInfo(path).isFile())
            return;
        auto source = import::openTable(path);
        if (!source) {
            m_error->setText(source.message());
            return;
        }
        for (const import::SheetInfo& s : source.value()->sheets()) {
            const bool hidden = s.state != import::SheetInfo::State::Visible;
            m_sheet->addItem(hidden ? UiText::tr("%1 (hidden)").arg(s.name) : s.name, s.name);
        }
        m_sheet->setEnabled(m_sheet->count() > 1);
        m_encoding->setEnabled(source.value()->formatName() == QLatin1String("CSV"));
    }

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QComboBox* m_type;
    QComboBox* m_sheet;
    QComboBox* m_encoding;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_error;
    std::atomic<bool> m_cancelled = false;
};

// ---------------------------------------------------------------- mapping

class MappingStep : public QWizardPage
{
public:
    explicit MappingStep(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(UiText::tr("Match the columns"));
        setSubTitle(UiText::tr("Each column of the file goes into the field chosen beside it. Columns "
                               "were matched from their headers; correct what is wrong."));
        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(QStringLiteral("importMapping"));
        m_table->setHorizontalHeaderLabels(
            {UiText::tr("Column"), UiText::tr("First values"), UiText::tr("Imported as")});
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_templates = new QComboBox(this);
        m_templates->setObjectName(QStringLiteral("importTemplates"));
        auto* save = new QPushButton(UiText::tr("Save as &Template…"), this);
        save->setObjectName(QStringLiteral("saveTemplate"));
        auto* row = new QHBoxLayout;
        auto* templateLabel = new QLabel(UiText::tr("Te&mplate:"), this);
        templateLabel->setBuddy(m_templates);
        row->addWidget(templateLabel);
        row->addWidget(m_templates, 1);
        row->addWidget(save);
        m_notes = wrapped(QString(), this);
        m_notes->setObjectName(QStringLiteral("importNotes"));
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_notes);
        connect(save, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name =
                QInputDialog::getText(this, UiText::tr("Save Template"), UiText::tr("Name of this mapping:"),
                                      QLineEdit::Normal, QString(), &ok)
                    .trimmed();
            if (!ok || name.isEmpty())
                return;
            collect();
            ImportWizard::saveTemplate(
                name, m_wizard->state().mapping.toJson(m_wizard->state().loaded.table.headers));
            fillTemplates(name);
        });
        connect(m_templates, &QComboBox::activated, this, [this] {
            const QString name = m_templates->currentData().toString();
            if (name.isEmpty())
                return;
            auto m = import::Mapping::fromJson(ImportWizard::templateNamed(name),
                                               m_wizard->state().loaded.table.headers);
            if (m && m.value().type == m_wizard->state().type) {
                m_wizard->state().mapping = m.value();
                fillTable();
            } else {
                m_notes->setText(
                    m ? UiText::tr("The template \"%1\" is for another kind of import.").arg(name)
                      : m.message());
            }
        });
    }

    void initializePage() override
    {
        ImportWizard::State& state = m_wizard->state();
        state.mapping =
            import::autoMap(m_wizard->workspace().store().reader(), state.type, state.loaded.table.headers);
        fillTemplates({});
        fillTable();
        m_notes->setText(state.loaded.notes.join(QLatin1Char('\n')));
    }

    bool validatePage() override
    {
        collect();
        return true;
    }

private:
    void fillTemplates(const QString& current)
    {
        m_templates->clear();
        m_templates->addItem(UiText::tr("(matched from the headers)"), QString());
        for (const QString& name : ImportWizard::templateNames())
            m_templates->addItem(name, name);
        if (!current.isEmpty())
            m_templates->setCurrentIndex(m_templates->findData(current));
    }

    void fillTable()
    {
        const ImportWizard::State& state = m_wizard->state();
        const import::Table& table = state.loaded.table;
        const std::vector<import::Target> targets =
            import::targets(m_wizard->workspace().store().reader(), state.type);
        m_table->setRowCount(int(table.headers.size()));
        for (int c = 0; c < table.headers.size(); ++c) {
            m_table->setItem(c, 0, new QTableWidgetItem(table.headers[c]));
            QStringList samples;
            for (size_t r = 0; r < table.rows.size() && samples.size() < 3; ++r) {
                const QString text = import::cellText(table.rows[r].cells.value(c));
                if (!text.isEmpty())
                    samples << text.left(40);
            }
            m_table->setItem(c, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
            auto* combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("mapColumn%1").arg(c));
            combo->addItem(UiText::tr("(not imported)"), QString());
            for (const import::Target& t : targets)
                combo->addItem(t.label, t.key);
            combo->setCurrentIndex(std::max(0, combo->findData(state.mapping.columns.value(c))));
            m_table->setCellWidget(c, 2, combo);
        }
        m_table->resizeColumnsToContents();
    }

    void collect()
    {
        ImportWizard::State& state = m_wizard->state();
        state.mapping.columns.clear();
        for (int c = 0; c < m_table->rowCount(); ++c) {
            auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(c, 2));
            state.mapping.columns << (combo ? combo->currentData().toString() : QString());
        }
    }

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QComboBox* m_templates;
    QLabel* m_notes;
};

// ---------------------------------------------------------------- preview

class PreviewStep : public QWizardPage
{
public:
    explicit PreviewStep(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(UiText::tr("Check before importing"));
        setSubTitle(UiText::tr("What each row will do. Nothing is written until you press Import."));
        m_duplicates = new QComboBox(this);
        m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
        m_duplicates->addItem(UiText::tr("Skip them"), int(import::OnDuplicate::Skip));
        m_duplicates->addItem(UiText::tr("Fill their empty fields"), int(import::OnDuplicate::Fill));
        m_duplicates->addItem(UiText::tr("Overwrite them with the file's values"),
                              int(import::OnDuplicate::Overwrite));
        m_errors = new QComboBox(this);
        m_errors->setObjectName(QStringLiteral("onError"));
        m_errors->addItem(UiText::tr("Leave those rows out"), false);
        m_errors->addItem(UiText::tr("Import nothing"), true);
        auto* form = new QFormLayout;
        form->addRow(UiText::tr("Records already in Summit:"), m_duplicates);
        form->addRow(UiText::tr("Rows with errors:"), m_errors);
        m_summary = wrapped(QString(), this);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_rows = new QTableWidget(0, 4, this);
        m_rows->setObjectName(QStringLiteral("importPreview"));
        m_rows->setHorizontalHeaderLabels(
            {UiText::tr("Row"), UiText::tr("Will be"), UiText::tr("Record"), UiText::tr("Details")});
        m_rows->verticalHeader()->hide();
        m_rows->horizontalHeader()->setStretchLastSection(true);
        m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_saveErrors = new QPushButton(UiText::tr("Save Rows with &Errors…"), this);
        m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
        m_addSheet = new QPushButton(UiText::tr("Add &Another Sheet or File…"), this);
        m_addSheet->setObjectName(QStringLiteral("addSheet"));
        m_addSheet->setToolTip(UiText::tr(
            "Import a related sheet too, such as the contacts of these accounts: it is checked as if "
            "this sheet were already imported, and both are imported together as one change."));
        m_failure = wrapped(QString(), this);
        m_failure->setObjectName(QStringLiteral("importFailure"));
        m_failure->setStyleSheet(QStringLiteral("color: #d9483b"));
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_summary);
        layout->addWidget(m_rows, 1);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_saveErrors);
        buttons->addWidget(m_addSheet);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        layout->addWidget(m_failure);
        connect(m_duplicates, &QComboBox::activated, this, [this] { replan(); });
        connect(m_errors, &QComboBox::activated, this, [this] { replan(); });
        connect(m_saveErrors, &QPushButton::clicked, this, [this] {
            // A workbook keeps the cells' types; CSV is there for other programs.
            const QString workbook = UiText::tr("Excel workbook (*.xlsx)");
            QString chosen = workbook;
            QString path = QFileDialog::getSaveFileName(
                this, UiText::tr("Save Rows with Errors"),
                QFileInfo(m_wizard->state().path).dir().filePath(UiText::tr("import-errors.xlsx")),
                workbook + QStringLiteral(";;") + UiText::tr("CSV (*.csv)"), &chosen);
            if (path.isEmpty())
                return;
            const QString suffix = chosen == workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
            if (QFileInfo(path).suffix().isEmpty())
                path += suffix;
            if (Status s = import::writeErrors(path, m_wizard->state().loaded.table, m_wizard->state().plan);
                !s)
                m_failure->setText(s.message());
        });
        connect(m_addSheet, &QPushButton::clicked, this, [this] {
            ImportWizard::State& state = m_wizard->state();
            if (!isComplete())
                return;
            state.earlier.push_back({state.loaded.table.name, state.type, std::move(state.plan)});
            state.plan = {};
            m_wizard->restart(); // to the file page, which offers the next sheet
        });
        setButtonText(QWizard::NextButton, UiText::tr("&Import"));
    }

    void initializePage() override { replan(); }

    bool isComplete() const override
    {
        const import::Plan& p = m_wizard->state().plan;
        return !p.refused && !p.change.ops.empty();
    }

    bool validatePage() override
    {
        ImportWizard::State& state = m_wizard->state();
        Workspace& ws = m_wizard->workspace();
        // The change is written in one transaction on this thread (the store's connection lives
        // here); a large one takes seconds, so a modal progress dialog keeps the window painting
        // and offers Cancel, which rolls the whole import back. The store refuses every other
        // write meanwhile (Store::isBusy), and the dialog blocks the rest of the window.
        QProgressDialog progress(this);
        setUpProgress(progress, "importCommitProgress", UiText::tr("Saving the imported records…"),
                      UiText::tr("Cancel import"));
        ApplyOptions options;
        options.progress = reportTo(progress);
        const auto apply = [&ws, &options](const Change& change) {
            return ws.apply(change, options);
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status committed;
        if (state.earlier.empty()) {
            committed = import::commit(state.plan, apply);
        } else {
            std::vector<import::Plan> plans;
            for (const ImportWizard::State::Earlier& e : state.earlier)
                plans.push_back(e.plan);
            plans.push_back(state.plan);
            committed = import::commitTogether(plans, state.plan.change.label, apply);
        }
        QApplication::restoreOverrideCursor();
        const bool cancelled = progress.wasCanceled(); // before close(), which cancels too
        progress.close();
        if (cancelled) {
            m_failure->setText(UiText::tr("Import cancelled; nothing was imported."));
            return false;
        }
        if (Status s = committed; !s) {
            m_failure->setText(s.message());
            return false;
        }
        state.imported = true;
        return true;
    }

private:
    void replan()
    {
        ImportWizard::State& state = m_wizard->state();
        state.options.onDuplicate = import::OnDuplicate(m_duplicates->currentData().toInt());
        state.options.refuseAllOnError = m_errors->currentData().toBool();
        // Planning reads the database on this thread; a sheet of 100,000 rows takes seconds,
        // so it shows progress with a Cancel button as saving does (the store refuses other
        // writes while the dialog runs events: Store::yieldTo).
        QProgressDialog progress(this);
        setUpProgress(progress, "importPlanProgress", UiText::tr("Checking the rows…"), UiText::tr("Cancel"));
        import::Options options = state.options;
        options.progress = reportTo(progress);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        std::vector<import::Plan> before;
        for (const ImportWizard::State::Earlier& e : state.earlier)
            before.push_back(e.plan);
        auto planned = import::planAfter(m_wizard->workspace().store(), before, state.loaded.table,
                                         state.mapping, options);
        QApplication::restoreOverrideCursor();
        progress.close();
        m_failure->clear();
        // Nothing to save errors of or to add a sheet to until a plan is in.
        m_saveErrors->setEnabled(planned.isOk() && planned.value().failed > 0);
        m_addSheet->setEnabled(planned.isOk());
        if (!planned) {
            state.plan = {};
            m_failure->setText(planned.message());
            m_rows->setRowCount(0);
            emit completeChanged();
            return;
        }
        state.plan = std::move(planned).value();
        state.plan.change.label = UiText::tr("Import %1").arg(QFileInfo(state.path).fileName());
        QString summary = state.plan.summary();
        if (!state.earlier.empty()) {
            QStringList lines;
            for (const ImportWizard::State::Earlier& e : state.earlier)
                lines << UiText::tr("%1: %2").arg(e.name, e.plan.summary());
            lines << UiText::tr("%1: %2").arg(state.loaded.table.name, summary);
            summary = UiText::tr("Imported together as one change:") + QLatin1Char('\n') +
                      lines.join(QLatin1Char('\n'));
        }
        if (state.plan.refused)
            summary += QLatin1Char('\n') + UiText::tr("Nothing will be imported while rows have errors.");
        m_summary->setText(summary);
        QHash<int, QStringList> problems;
        for (const import::Problem& p : state.plan.problems)
            problems[p.line] << (p.header.isEmpty() ? p.message
                                                    : UiText::tr("%1: %2").arg(p.header, p.message));
        m_rows->setRowCount(int(state.plan.rows.size()));
        for (int i = 0; i < int(state.plan.rows.size()); ++i) {
            const import::RowPlan& r = state.plan.rows[size_t(i)];
            QString will;
            switch (r.action) {
            case import::RowAction::Create:
                will = UiText::tr("New %1").arg(model::entityLabel(r.entity).toLower());
                break;
            case import::RowAction::Update:
                will = UiText::tr("Updated");
                break;
            case import::RowAction::Skip:
                will = UiText::tr("Skipped");
                break;
            case import::RowAction::Error:
                will = UiText::tr("Not imported");
                break;
            }
            auto* line = new QTableWidgetItem(QString::number(r.line));
            line->setData(Qt::UserRole, int(r.action));
            m_rows->setItem(i, 0, line);
            auto* action = new QTableWidgetItem(will);
            if (r.action == import::RowAction::Error)
                action->setForeground(QColor(0xd9, 0x48, 0x3b));
            m_rows->setItem(i, 1, action);
            m_rows->setItem(i, 2, new QTableWidgetItem(r.title));
            QStringList details = problems.value(r.line);
            if (!r.note.isEmpty())
                details.prepend(r.note);
            m_rows->setItem(i, 3, new QTableWidgetItem(details.join(QStringLiteral("; "))));
        }
        m_rows->resizeColumnsToContents();
        m_addSheet->setEnabled(isComplete());
        emit completeChanged();
    }

    ImportWizard* m_wizard;
    QComboBox* m_duplicates;
    QComboBox* m_errors;
    QLabel* m_summary;
    QTableWidget* m_rows;
    QPushButton* m_saveErrors;
    QPushButton* m_addSheet;
    QLabel* m_failure;
};

// ---------------------------------------------------------------- result

class ResultStep : public QWizardPage
{
public:
    explicit ResultStep(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(UiText::tr("Imported"));
        m_text = wrapped(QString(), this);
        m_text->setObjectName(QStringLiteral("importResult"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addStretch(1);
        setFinalPage(true);
    }
    void initializePage() override
    {
        const ImportWizard::State& state = m_wizard->state();
        QStringList done;
        for (const ImportWizard::State::Earlier& e : state.earlier)
            done << UiText::tr("%1: %2").arg(e.name, e.plan.summary(true));
        done << (state.earlier.empty()
                     ? state.plan.summary(true)
                     : UiText::tr("%1: %2").arg(state.loaded.table.name, state.plan.summary(true)));
        m_text->setText(UiText::tr("%1\n\nThe import is one change: Undo (Ctrl+Z) removes all of it. It is "
                                   "shared with your team at the next sync.")
                            .arg(done.join(QLatin1Char('\n'))));
    }

private:
    ImportWizard* m_wizard;
    QLabel* m_text;
};

} // namespace

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent, const QString& path)
    : QWizard(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(UiText::tr("Import"));
    m_state.path = path;
    setPage(FilePage, new FileStep(this));
    setPage(MappingPage, new MappingStep(this));
    setPage(PreviewPage, new PreviewStep(this));
    setPage(ResultPage, new ResultStep(this));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // imported: Finish is the only way on
    resize(960, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setBusy(std::function<void()> cancel)
{
    m_cancel = std::move(cancel);
    for (WizardButton b : {BackButton, NextButton, FinishButton})
        if (QAbstractButton* button = this->button(b))
            button->setEnabled(false);
}

void ImportWizard::setIdle()
{
    m_cancel = nullptr;
    if (QAbstractButton* back = button(BackButton))
        back->setEnabled(currentId() != FilePage);
    if (QAbstractButton* next = button(NextButton))
        next->setEnabled(currentPage() && currentPage()->isComplete());
}

void ImportWizard::reject()
{
    if (m_cancel) {
        m_cancel(); // the work stops and the page says so; the wizard stays
        return;
    }
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent* event)
{
    if (m_cancel) {
        m_cancel();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

QStringList ImportWizard::templateNames()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kTemplatesKey));
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QJsonObject ImportWizard::templateNamed(const QString& name)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kTemplatesKey));
    return QJsonDocument::fromJson(settings.value(name).toByteArray()).object();
}

void ImportWizard::saveTemplate(const QString& name, const QJsonObject& mapping)
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kTemplatesKey));
    QString key = name;
    key.replace(QLatin1Char('/'), QLatin1Char('-'))
        .replace(QLatin1Char('\\'), QLatin1Char('-')); // not a group
    settings.setValue(key, QJsonDocument(mapping).toJson(QJsonDocument::Compact));
}

} // namespace summit::ui
