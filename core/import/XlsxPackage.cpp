#include "import/XlsxPackage.h"
#include "CoreText.h"

#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace summit::import::xlsx {

namespace {

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// The value of an attribute in any namespace whose local name is `name` and that
// has a prefix (r:id, whatever the prefix and namespace: transitional or strict).
QStringView prefixedAttribute(const QXmlStreamAttributes& attributes, QStringView name)
{
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == name && !a.prefix().isEmpty())
            return a.value();
    return {};
}

// Relationship types are compared by their last segment, the same in transitional
// (schemas.openxmlformats.org) and strict (purl.oclc.org) files.
bool hasType(const QString& type, QLatin1String last)
{
    return type.endsWith(QLatin1Char('/') + last);
}

QString relationshipsPart(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

} // namespace

bool nextToken(QXmlStreamReader& xml)
{
    if (xml.readNext() == QXmlStreamReader::DTD)
        xml.raiseError(CoreText::tr("A document type declaration is not allowed here."));
    return !xml.atEnd() && !xml.hasError();
}

QString resolveTarget(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    else
        path.prepend(sourcePart.left(sourcePart.lastIndexOf(QLatin1Char('/')) + 1));
    QStringList parts;
    for (const QString& piece : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (piece == QLatin1String("."))
            continue;
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(piece);
    }
    return parts.join(QLatin1Char('/'));
}

Package::Package(std::unique_ptr<QIODevice> device, std::unique_ptr<ZipArchive> archive, QString fileName,
                 const ReadLimits& limits)
    : m_device(std::move(device)), m_archive(std::move(archive)), m_fileName(std::move(fileName)),
      m_limits(limits)
{
    m_sharedBudget.limit = limits.maxTotalBytes;
}

Result<std::unique_ptr<Package>> Package::open(std::unique_ptr<QIODevice> device, const QString& fileName,
                                               const ReadLimits& limits)
{
    auto archive = ZipArchive::open(device.get(), fileName);
    if (!archive)
        return archive.error();
    std::unique_ptr<Package> package(
        new Package(std::move(device), std::move(archive.value()), fileName, limits));
    if (Status s = package->readWorkbook(); !s)
        return s;
    return package;
}

Status Package::parseXml(const QString& part, InflateBudget& budget, const XmlParser& parse)
{
    auto device = m_archive->openPart(part, m_limits.maxPartBytes, &budget);
    if (!device)
        return device.status();
    QXmlStreamReader xml(device.value().get());
    Status parsed = parse(xml, *device.value());
    if (device.value()->failure() != ZipPart::Failure::None)
        return Status::fail(m_archive->failureMessage(*device.value(), part, budget, m_limits.maxPartBytes));
    if (xml.hasError())
        return Status::fail(CoreText::tr("%1 is damaged: the part %2 is not well-formed XML (line %3, "
                                         "column %4: %5).")
                                .arg(m_fileName, part, QString::number(xml.lineNumber()),
                                     QString::number(xml.columnNumber()), xml.errorString()));
    return parsed;
}

Status Package::readBytes(const QString& part, InflateBudget& budget,
                          const std::function<bool(const char*, qint64)>& consume)
{
    auto device = m_archive->openPart(part, m_limits.maxPartBytes, &budget);
    if (!device)
        return device.status();
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.value()->read(chunk.data(), chunk.size());
        if (n <= 0 || !consume(chunk.constData(), n))
            break;
    }
    if (device.value()->failure() != ZipPart::Failure::None)
        return Status::fail(m_archive->failureMessage(*device.value(), part, budget, m_limits.maxPartBytes));
    return Status::ok();
}

Result<QHash<QString, std::pair<QString, QString>>> Package::readRelationships(const QString& sourcePart)
{
    QHash<QString, std::pair<QString, QString>> byId; // id -> (type, part)
    const QString part = relationshipsPart(sourcePart);
    if (!m_archive->contains(part))
        return byId;
    Status s = parseXml(part, m_sharedBudget, [&](QXmlStreamReader& xml, const ZipPart&) {
        while (nextToken(xml)) {
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                const QXmlStreamAttributes a = xml.attributes();
                if (a.value("TargetMode"_L1) == u"External")
                    continue;
                byId.insert(a.value("Id"_L1).toString(),
                            {a.value("Type"_L1).toString(),
                             resolveTarget(sourcePart, a.value("Target"_L1).toString())});
            }
        }
        return Status::ok();
    });
    if (!s)
        return s;
    return byId;
}

Status Package::readWorkbook()
{
    // The package's own relationships name the workbook; files that lack them still
    // keep it in the usual place.
    auto root = readRelationships(QString());
    if (!root)
        return root.status();
    QString workbook;
    for (const auto& [type, target] : std::as_const(root.value()))
        if (hasType(type, QLatin1String("officeDocument")))
            workbook = target;
    if (workbook.isEmpty() || !m_archive->contains(workbook))
        workbook = QStringLiteral("xl/workbook.xml");
    if (!m_archive->contains(workbook))
        return Status::fail(CoreText::tr("%1 is not an XLSX workbook: it has no workbook part (%2). It may "
                                         "be a Word or PowerPoint file, or another kind of zip archive.")
                                .arg(m_fileName, workbook));

    auto rels = readRelationships(workbook);
    if (!rels)
        return rels.status();
    for (const auto& [type, target] : std::as_const(rels.value())) {
        if (hasType(type, QLatin1String("styles")))
            m_stylesPart = target;
        else if (hasType(type, QLatin1String("sharedStrings")))
            m_stringsPart = target;
    }

    Status s = parseXml(workbook, m_sharedBudget, [&](QXmlStreamReader& xml, const ZipPart&) {
        while (nextToken(xml)) {
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"workbookPr") {
                m_date1904 = isTrue(a.value("date1904"_L1));
            } else if (xml.name() == u"sheet") {
                SheetEntry sheet;
                sheet.info.name = a.value("name"_L1).toString();
                const QStringView state = a.value("state"_L1);
                sheet.info.state = state == u"hidden"       ? SheetInfo::State::Hidden
                                   : state == u"veryHidden" ? SheetInfo::State::VeryHidden
                                                            : SheetInfo::State::Visible;
                const auto target = rels.value().constFind(prefixedAttribute(a, u"id").toString());
                if (target != rels.value().cend() && hasType(target->first, QLatin1String("worksheet")))
                    sheet.part = target->second;
                m_sheets.append(sheet);
            }
        }
        return Status::ok();
    });
    if (!s)
        return s;
    if (m_sheets.isEmpty())
        return Status::fail(CoreText::tr("%1 has no sheets.").arg(m_fileName));
    return Status::ok();
}

Status Package::loadShared()
{
    if (m_sharedLoaded)
        return Status::ok();
    if (!m_stylesPart.isEmpty() && m_archive->contains(m_stylesPart))
        if (Status s = readStyles(m_stylesPart); !s)
            return s;
    if (m_stringsPart.isEmpty() && m_archive->contains(QStringLiteral("xl/sharedStrings.xml")))
        m_stringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (!m_stringsPart.isEmpty() && m_archive->contains(m_stringsPart))
        if (Status s = readSharedStrings(m_stringsPart); !s)
            return s;
    m_sharedLoaded = true;
    return Status::ok();
}

DateKind Package::dateKindOfStyle(int styleIndex) const
{
    return styleIndex >= 0 && size_t(styleIndex) < m_styleDates.size() ? m_styleDates[size_t(styleIndex)]
                                                                       : DateKind::None;
}

Status Package::readStyles(const QString& part)
{
    QHash<int, DateKind> custom;
    return parseXml(part, m_sharedBudget, [&](QXmlStreamReader& xml, const ZipPart&) {
        bool inCellXfs = false;
        while (nextToken(xml)) {
            if (xml.isEndElement() && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"numFmt") {
                custom.insert(a.value("numFmtId"_L1).toInt(), formatDateKind(a.value("formatCode"_L1)));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                // Custom formats may redefine a built-in number.
                const int id = a.value("numFmtId"_L1).toInt();
                const auto it = custom.constFind(id);
                m_styleDates.push_back(it != custom.cend() ? *it : builtInDateKind(id));
                xml.skipCurrentElement();
            }
        }
        return Status::ok();
    });
}

Status Package::readSharedStrings(const QString& part)
{
    const int limit = m_limits.maxCellChars;
    return parseXml(part, m_sharedBudget, [&](QXmlStreamReader& xml, const ZipPart&) {
        QString text;
        bool oversized = false;
        int phonetic = 0; // inside <rPh>: the reading of a Japanese text, not the text
        bool inItem = false;
        while (nextToken(xml)) {
            if (xml.isStartElement()) {
                if (xml.name() == u"si") {
                    text.clear();
                    oversized = false;
                    inItem = true;
                } else if (xml.name() == u"rPh") {
                    ++phonetic;
                } else if (xml.name() == u"t" && inItem && phonetic == 0) {
                    const QString piece = xml.readElementText();
                    if (oversized || text.size() + piece.size() > limit)
                        oversized = true;
                    else
                        text += piece;
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == u"rPh") {
                    --phonetic;
                } else if (xml.name() == u"si") {
                    m_strings.strings.append(oversized ? QString() : decodeEscapes(text));
                    m_strings.oversized.push_back(oversized);
                    inItem = false;
                }
            }
        }
        return Status::ok();
    });
}

} // namespace summit::import::xlsx
