#pragma once
// Text processing behind Summit's full-text search (SQLite FTS5 with
// tokenize='unicode61 remove_diacritics 2').
//
// unicode61 treats a run of Han characters as one token, so on its own it can
// only find a Chinese name by its whole text. We therefore feed FTS5 our own
// space-separated tokens (indexTerms) and translate what the user types into a
// MATCH expression over them (ftsQuery):
//   - Han text becomes unigram and bigram tokens: one character finds by its
//     unigram, longer text by the AND of its bigrams (华为 finds 华为技术有限公司);
//   - the record's title also gets pinyin tokens: full pinyin and initials of
//     every suffix starting at a Han character, so "huawei", "hw", "jishu" and
//     "js" all find 华为技术有限公司 through a prefix query;
//   - latin letters and digits become lower-cased words, found by prefix.
// Bigram ANDs and cut prefixes can over-match; matches() is the exact check
// the store applies to FTS hits afterwards. It never accepts a record the FTS
// query would miss (within the caps below), so filtering loses no result.
//
// Pinyin comes from the first kMandarin reading of Unihan (generated into
// PinyinTable.inc at build time), toneless, with ü written "v" as pinyin input
// methods do (女 -> "nv", 吕 -> "lv"; typing "lu" finds 卢/路, not 吕). A short
// list of common words whose characters read differently in them (银行 yinhang,
// 重庆 chongqing, 长沙 changsha, 成都 chengdu ...) overrides the per-character
// reading.
//
// "Han" means CJK Unified Ideographs, Extension A, the compatibility ideographs
// and the supplementary ideographic planes (Extension B onwards); QString is
// UTF-16 and a surrogate pair always counts as one character.
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace summit::search {

// Pinyin tokens in indexTerms are cut to this many characters; ftsQuery cuts
// longer words to the same length, so long typed pinyin still finds the record
// (and matches() then compares the whole word).
inline constexpr qsizetype kMaxPinyinTokenLength = 20;
// Pinyin suffix tokens start at no more than this many Han characters of a
// title (names are short; this only bounds the cost of pathological input).
inline constexpr qsizetype kMaxPinyinStarts = 64;
// ftsQuery uses at most this many terms; dropping terms of an AND only widens
// the result, which matches() narrows again.
inline constexpr qsizetype kMaxQueryTerms = 32;

bool isHan(char32_t codePoint);
// The toneless first kMandarin reading of a single character ("" if none);
// no word overrides (see pinyinSyllables for those).
QLatin1StringView pinyinOf(char32_t codePoint);

// Toneless pinyin of each Han character, other characters lower-cased and
// kept: "华为技术" -> "huaweijishu", "ABC华为" -> "abchuawei". A Han character
// without a reading is kept as it is.
QString pinyinFull(QStringView text);
// Initial letter of each Han character's pinyin, other characters lower-cased
// and kept: "华为技术" -> "hwjs", "ABC华为" -> "abchw".
QString pinyinInitials(QStringView text);
// One entry per character (code point) of text: the pinyin of a Han
// character, "" for anything else (and for Han without a reading).
QStringList pinyinSyllables(QStringView text);

// Space-separated tokens for the FTS5 `terms` column of a record.
//  title: the record's name; gets Han unigrams/bigrams, words, and pinyin:
//         for each Han character (the first kMaxPinyinStarts), the full
//         pinyin and the initials of the title from there on, and both from
//         the start of the title when it begins with latin ("TCL科技" ->
//         "tclkeji", "tclkj"); letters and digits after a Han character are
//         part of these, punctuation and spaces are skipped. Each pinyin token
//         is cut to kMaxPinyinTokenLength.
//  body:  any other text; Han unigrams/bigrams and words, no pinyin.
// Words are maximal runs of letters, digits (and combining marks), lower-cased,
// with full-width ASCII (ＡＢＣ１２３) folded to ASCII.
QString indexTerms(const QString& title, const QString& body);

// FTS5 MATCH expression for what the user typed, or a null QString when there
// is nothing searchable in it (empty, punctuation only). Han runs of one
// character become that character's token, longer runs the AND of their
// bigrams; each other word becomes a quoted prefix query ("hw"*), which finds
// words, full pinyin and initials alike. All parts are ANDed.
QString ftsQuery(const QString& userText);

// True if the record really contains what was typed: every Han run of the
// query occurs contiguously in title or body, and every word is the prefix of
// a word of title or body or of the title's pinyin or initials from some Han
// character on (comparison ignores case and diacritics). True when the query
// has nothing searchable.
// `terms` (optional) are the record's indexed terms: a query word of digits may
// also be the start of one of their numbers (a phone number is indexed as its
// bare digits too, so 13800138000 finds +86 138 0013 8000).
bool matches(const QString& userText, const QString& title, const QString& body, const QString& terms = {});

} // namespace summit::search
