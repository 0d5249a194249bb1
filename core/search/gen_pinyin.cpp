// summit_gen_pinyin: build-time host tool that turns the kMandarin readings of
// Unihan_Readings.txt (Debian package unicode-data) into PinyinTable.inc, the
// table SearchText.cpp uses for pinyin search.
//
//   summit_gen_pinyin [--bzip2 PROGRAM] UNIHAN_READINGS OUTPUT
//
// With --bzip2 the input is the .bz2 file as shipped and is read through
// `PROGRAM -dc`, so the build needs no decompressed copy on disk.
//
// Plain standard C++ (no Qt) so it builds in a second. Readings are made
// toneless ASCII: tone marks are dropped and ü becomes "v", as pinyin input
// methods type it (绿 -> "lv"). Only the first reading of a character is kept.
//
// Output (included by SearchText.cpp inside an anonymous namespace; needs
// <cstdint>), all constexpr so there are no static constructors and, because
// syllables are indices rather than pointers, no relocations either:
//   kPinyinSyllables[i]   the distinct syllables, sorted; index 0 is "" (none)
//   kPinyinBmp[cp - kPinyinBmpFirst]  syllable index for U+3400..U+9FFF
//   kPinyinOther[]        (codepoint << 10) | index for all other code points, sorted
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr char32_t kBmpFirst = 0x3400; // CJK Extension A ...
constexpr char32_t kBmpLast = 0x9FFF;  // ... through the end of the Unified Ideographs block
constexpr unsigned kIndexBits = 10;    // syllable index bits in kPinyinOther entries

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "summit_gen_pinyin: %s\n", message.c_str());
    std::exit(1);
}

// Decodes one UTF-8 sequence at `pos`, advancing it; nullopt on malformed input.
std::optional<char32_t> decodeUtf8(std::string_view s, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(s[i]);
    };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        length = 1;
        cp = lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07u;
    } else {
        return std::nullopt;
    }
    if (pos + length > s.size())
        return std::nullopt;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (byte(pos + i) & 0x3Fu);
    }
    pos += length;
    return cp;
}

// The ASCII letter a pinyin letter with tone mark stands for; 0 for a combining
// tone mark (dropped), nullopt for anything unexpected.
std::optional<char> toneless(char32_t c)
{
    if (c >= 'a' && c <= 'z')
        return static_cast<char>(c);
    if (c >= 'A' && c <= 'Z')
        return static_cast<char>(c - 'A' + 'a');
    switch (c) {
    case U'ā':
    case U'á':
    case U'ǎ':
    case U'à':
        return 'a';
    case U'ē':
    case U'é':
    case U'ě':
    case U'è':
    case U'ê':
    case U'ế':
    case U'ề':
        return 'e';
    case U'ī':
    case U'í':
    case U'ǐ':
    case U'ì':
        return 'i';
    case U'ō':
    case U'ó':
    case U'ǒ':
    case U'ò':
        return 'o';
    case U'ū':
    case U'ú':
    case U'ǔ':
    case U'ù':
        return 'u';
    case U'ü':
    case U'ǖ':
    case U'ǘ':
    case U'ǚ':
    case U'ǜ':
        return 'v';
    case U'ń':
    case U'ň':
    case U'ǹ':
        return 'n';
    case U'ḿ':
        return 'm';
    default:
        break;
    }
    if (c >= 0x0300 && c <= 0x036F) // combining tone marks, in case of decomposed input
        return '\0';
    return std::nullopt;
}

std::optional<std::string> tonelessSyllable(std::string_view reading)
{
    std::string out;
    for (std::size_t pos = 0; pos < reading.size();) {
        const std::optional<char32_t> cp = decodeUtf8(reading, pos);
        if (!cp)
            return std::nullopt;
        const std::optional<char> letter = toneless(*cp);
        if (!letter)
            return std::nullopt;
        if (*letter != '\0')
            out.push_back(*letter);
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

std::string shellQuote(std::string_view s)
{
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out.push_back(c);
    }
    out += "'";
    return out;
}

struct Input
{
    std::FILE* file = nullptr;
    bool piped = false;
};

Input openInput(const std::string& path, const std::string& decompressor)
{
    Input in;
    if (decompressor.empty()) {
        in.file = std::fopen(path.c_str(), "r");
    } else {
        const std::string command = shellQuote(decompressor) + " -dc " + shellQuote(path);
        in.file = popen(command.c_str(), "r");
        in.piped = true;
    }
    if (in.file == nullptr)
        fail("cannot read " + path + ": " + std::strerror(errno));
    return in;
}

void closeInput(const Input& in, const std::string& path)
{
    if (in.piped) {
        if (pclose(in.file) != 0)
            fail("decompressing " + path + " failed");
    } else {
        std::fclose(in.file);
    }
}

bool readLine(std::FILE* file, std::string& line)
{
    line.clear();
    int c = 0;
    while ((c = std::fgetc(file)) != EOF) {
        if (c == '\n')
            return true;
        line.push_back(static_cast<char>(c));
    }
    return !line.empty();
}

struct Table
{
    std::map<char32_t, std::string> readings; // code point -> toneless syllable
    std::string unicodeVersion;
    int skipped = 0;
};

// Lines look like "U+534E<TAB>kMandarin<TAB>huá" (several readings are space-separated).
Table parse(std::FILE* file)
{
    Table table;
    std::string line;
    constexpr std::string_view kField = "\tkMandarin\t";
    constexpr std::string_view kVersion = "# Unicode version: ";
    while (readLine(file, line)) {
        if (line.rfind(kVersion, 0) == 0) {
            table.unicodeVersion = line.substr(kVersion.size());
            continue;
        }
        if (line.rfind("U+", 0) != 0)
            continue;
        const std::size_t field = line.find(kField);
        if (field == std::string::npos)
            continue;
        char* end = nullptr;
        const unsigned long cp = std::strtoul(line.c_str() + 2, &end, 16);
        if (end != line.c_str() + field || cp > 0x10FFFF)
            fail("malformed line: " + line);
        std::string_view reading = std::string_view(line).substr(field + kField.size());
        reading = reading.substr(0, reading.find_first_of(" \r"));
        const std::optional<std::string> syllable = tonelessSyllable(reading);
        if (!syllable) {
            // A newer Unihan with letters we don't know: leave the character
            // without pinyin rather than break the build.
            std::fprintf(stderr, "summit_gen_pinyin: warning: skipping unexpected reading: %s\n",
                         line.c_str());
            ++table.skipped;
            continue;
        }
        table.readings[static_cast<char32_t>(cp)] = *syllable;
    }
    return table;
}

std::string hex(std::uint32_t value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%X", static_cast<unsigned>(value));
    return buffer;
}

// Catches a broken parse (wrong field, bad tone stripping) before it reaches the app.
void verify(const Table& table)
{
    struct Expected
    {
        char32_t cp;
        const char* syllable;
    };
    static constexpr Expected kExpected[] = {
        {U'华', "hua"},  {U'为', "wei"},    {U'技', "ji"},   {U'术', "shu"},        {U'有', "you"},
        {U'限', "xian"}, {U'公', "gong"},   {U'司', "si"},   {U'中', "zhong"},      {U'国', "guo"},
        {U'移', "yi"},   {U'动', "dong"},   {U'王', "wang"}, {U'建', "jian"},       {U'深', "shen"},
        {U'圳', "zhen"}, {U'腾', "teng"},   {U'讯', "xun"},  {U'女', "nv"},         {U'绿', "lv"},
        {U'略', "lve"},  {U'庄', "zhuang"}, {U'㐀', "qiu"},  {U'\U00020000', "he"},
    };
    for (const Expected& e : kExpected) {
        const auto it = table.readings.find(e.cp);
        if (it == table.readings.end() || it->second != e.syllable)
            fail("self-check failed for " + hex(e.cp) + " (expected " + e.syllable + ")");
    }
    if (table.readings.size() < 20000)
        fail("only " + std::to_string(table.readings.size()) + " kMandarin readings found");
}

void write(const Table& table, const std::string& inputName, const std::string& outputPath)
{
    std::vector<std::string> syllables{""};
    std::size_t width = 1;
    for (const auto& [cp, syllable] : table.readings) {
        syllables.push_back(syllable);
        width = std::max(width, syllable.size() + 1);
    }
    std::sort(syllables.begin(), syllables.end());
    syllables.erase(std::unique(syllables.begin(), syllables.end()), syllables.end());
    if (syllables.size() >= (1u << kIndexBits))
        fail("too many distinct syllables for the packed table");
    std::map<std::string, std::uint32_t> indexOf;
    for (std::size_t i = 0; i < syllables.size(); ++i)
        indexOf[syllables[i]] = static_cast<std::uint32_t>(i);

    std::vector<std::uint16_t> bmp(kBmpLast - kBmpFirst + 1, 0);
    std::vector<std::uint32_t> other;
    for (const auto& [cp, syllable] : table.readings) {
        const std::uint32_t index = indexOf[syllable];
        if (cp >= kBmpFirst && cp <= kBmpLast)
            bmp[cp - kBmpFirst] = static_cast<std::uint16_t>(index);
        else
            other.push_back((static_cast<std::uint32_t>(cp) << kIndexBits) | index);
    }
    // std::map iterates in code point order, so `other` is already sorted.

    const std::string temporary = outputPath + ".tmp";
    std::ofstream out(temporary, std::ios::trunc);
    if (!out)
        fail("cannot write " + temporary);
    out << "// Generated by summit_gen_pinyin from " << inputName << " (Unicode " << table.unicodeVersion
        << "), kMandarin field. Do not edit.\n"
        << "// " << table.readings.size() << " characters, " << syllables.size() - 1
        << " toneless syllables (u-umlaut written v).\n"
        << "// Included by SearchText.cpp inside an anonymous namespace; needs <cstdint>.\n\n";
    out << "constexpr char kPinyinSyllables[" << syllables.size() << "][" << width << "] = {";
    for (std::size_t i = 0; i < syllables.size(); ++i)
        out << (i % 12 == 0 ? "\n    " : " ") << '"' << syllables[i] << "\",";
    out << "\n};\n\n";
    out << "constexpr char32_t kPinyinBmpFirst = " << hex(kBmpFirst) << ";\n";
    out << "constexpr std::uint16_t kPinyinBmp[" << bmp.size() << "] = {";
    for (std::size_t i = 0; i < bmp.size(); ++i)
        out << (i % 20 == 0 ? "\n    " : " ") << bmp[i] << ',';
    out << "\n};\n\n";
    out << "constexpr unsigned kPinyinIndexBits = " << kIndexBits << ";\n";
    out << "constexpr std::uint32_t kPinyinOther[" << other.size() << "] = {";
    for (std::size_t i = 0; i < other.size(); ++i)
        out << (i % 8 == 0 ? "\n    " : " ") << hex(other[i]) << "u,";
    out << "\n};\n";
    out.close();
    if (!out)
        fail("writing " + temporary + " failed");
    // Rename last so an interrupted run never leaves a truncated table behind
    // that the build would consider up to date.
    if (std::rename(temporary.c_str(), outputPath.c_str()) != 0)
        fail("cannot rename " + temporary + " to " + outputPath + ": " + std::strerror(errno));
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string decompressor;
    if (args.size() >= 2 && args[0] == "--bzip2") {
        decompressor = args[1];
        args.erase(args.begin(), args.begin() + 2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: summit_gen_pinyin [--bzip2 PROGRAM] UNIHAN_READINGS OUTPUT\n");
        return 2;
    }
    const std::string& inputPath = args[0];
    const Input in = openInput(inputPath, decompressor);
    const Table table = parse(in.file);
    closeInput(in, inputPath);
    verify(table);
    const std::size_t slash = inputPath.find_last_of('/');
    write(table, slash == std::string::npos ? inputPath : inputPath.substr(slash + 1), args[1]);
    if (table.skipped > 0)
        std::fprintf(stderr, "summit_gen_pinyin: %d readings skipped\n", table.skipped);
    return 0;
}
