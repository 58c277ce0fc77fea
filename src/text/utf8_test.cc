#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"

namespace sitrep::text {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_EQ(FirstInvalidUtf8(""), npos);
  EXPECT_EQ(FirstInvalidUtf8("plain ascii text that is longer than eight bytes"), npos);
  EXPECT_EQ(FirstInvalidUtf8("Erdo\xC4\x9F" "an"), npos);         // ğ, 2 bytes
  EXPECT_EQ(FirstInvalidUtf8("Assad\xE2\x80\x99s"), npos);          // ’, 3 bytes
  EXPECT_EQ(FirstInvalidUtf8("flag \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE"), npos);  // 🇸🇾
  EXPECT_EQ(FirstInvalidUtf8("\xF4\x8F\xBF\xBF"), npos);            // U+10FFFF
  EXPECT_EQ(FirstInvalidUtf8("\xED\x9F\xBF"), npos);                // U+D7FF
  EXPECT_TRUE(IsValidUtf8("\xEF\xBF\xBD"));
}

TEST(Utf8Test, RejectsIllFormedText) {
  EXPECT_EQ(FirstInvalidUtf8("ab\x80" "cd"), 2u);                   // lone continuation
  EXPECT_EQ(FirstInvalidUtf8("\xC0\xAF"), 0u);                      // overlong '/'
  EXPECT_EQ(FirstInvalidUtf8("\xC1\xBF"), 0u);                      // overlong
  EXPECT_EQ(FirstInvalidUtf8("x\xE0\x80\xAF"), 1u);                 // overlong 3-byte
  EXPECT_EQ(FirstInvalidUtf8("\xF0\x80\x80\xAF"), 0u);              // overlong 4-byte
  EXPECT_EQ(FirstInvalidUtf8("ok\xED\xA0\x80"), 2u);                // surrogate U+D800
  EXPECT_EQ(FirstInvalidUtf8("\xF4\x90\x80\x80"), 0u);              // U+110000
  EXPECT_EQ(FirstInvalidUtf8("\xF5\x80\x80\x80"), 0u);              // F5 never valid
  EXPECT_EQ(FirstInvalidUtf8("\xFF"), 0u);
  EXPECT_EQ(FirstInvalidUtf8("abc\xE2\x80"), 3u);                   // truncated at end
  EXPECT_EQ(FirstInvalidUtf8("abc\xE2\x80x"), 3u);                  // truncated mid-text
  EXPECT_EQ(FirstInvalidUtf8(std::string_view("abcdefghij\0k", 12)), 10u);  // NUL in fast path
  EXPECT_EQ(FirstInvalidUtf8(std::string_view("a\0", 2)), 1u);
  EXPECT_FALSE(IsValidUtf8(std::string_view("\0", 1)));
  // The error is reported at its exact byte even after a long ASCII run.
  std::string s(1000, 'a');
  s += "\xC3";
  EXPECT_EQ(FirstInvalidUtf8(s), 1000u);
}

TEST(Utf8Test, ValidPrefix) {
  EXPECT_EQ(ValidUtf8PrefixLength("abc\xFF" "def"), 3u);
  EXPECT_EQ(ValidUtf8PrefixLength("abc"), 3u);
}

TEST(Utf8Test, DecodeAndEncode) {
  char32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("A", 0, &cp), 1);
  EXPECT_EQ(cp, U'A');
  EXPECT_EQ(DecodeUtf8("\xC4\x9F", 0, &cp), 2);
  EXPECT_EQ(cp, U'\u011F');
  EXPECT_EQ(DecodeUtf8("x\xE2\x80\x94", 1, &cp), 3);
  EXPECT_EQ(cp, U'\u2014');
  EXPECT_EQ(DecodeUtf8("\xF0\x9F\x93\x8D", 0, &cp), 4);
  EXPECT_EQ(cp, U'\U0001F4CD');
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, &cp), 0);
  EXPECT_EQ(DecodeUtf8("\xE2\x80", 0, &cp), 0);

  std::string out;
  AppendUtf8(U'a', &out);
  AppendUtf8(U'\u00E9', &out);
  AppendUtf8(U'\u2014', &out);
  AppendUtf8(U'\U0001F4CD', &out);
  EXPECT_EQ(out, "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x93\x8D");
  out.clear();
  AppendUtf8(0xD800, &out);
  EXPECT_EQ(out, "\xEF\xBF\xBD");
}

TEST(Utf8Test, ReplaceInvalid) {
  EXPECT_EQ(ReplaceInvalidUtf8("ok"), "ok");
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  // A truncated 3-byte sequence is one maximal subpart: one replacement character.
  EXPECT_EQ(ReplaceInvalidUtf8("a\xE2\x80" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(ReplaceInvalidUtf8(std::string_view("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_TRUE(IsValidUtf8(ReplaceInvalidUtf8("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80")));
}

TEST(Utf8Test, CodePointOffsets) {
  std::string_view s = "Hay\xE2\x80\x99" "at \xC4\x9F!";  // H a y ’ a t ' ' ğ !
  EXPECT_EQ(CodePointCount(s), 9u);
  EXPECT_EQ(CodePointCount(""), 0u);
  EXPECT_EQ(ByteToCodePoint(s, 0), 0u);
  EXPECT_EQ(ByteToCodePoint(s, 3), 3u);   // start of ’
  EXPECT_EQ(ByteToCodePoint(s, 6), 4u);   // 'a' after the 3-byte ’
  EXPECT_EQ(ByteToCodePoint(s, 9), 7u);   // start of ğ
  EXPECT_EQ(ByteToCodePoint(s, 11), 8u);  // '!'
  EXPECT_EQ(ByteToCodePoint(s, 999), 9u);
  EXPECT_EQ(CodePointToByte(s, 4), 6u);
  EXPECT_EQ(CodePointToByte(s, 8), 11u);
  EXPECT_EQ(CodePointToByte(s, 9), s.size());
}

}  // namespace
}  // namespace sitrep::text
