#include "pipeline/offsets.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Offsets, FoldKeepsCodePointCount) {
  std::string s = "Assad\u2019s \u201cregime\u201d \u2014 Ḩimş";
  std::string f = FoldTypographyKeepLength(s);
  EXPECT_EQ(f, "Assad's \"regime\" - Ḩimş");
  CodePointIndex a(s), b(f);
  // 'Ḩ' is code point 19 in both strings (A-s-s-a-d-'-s-space = 8, "regime" with quotes = 8, space, dash, space).
  EXPECT_EQ(b.ToCodePoint(f.find("Ḩ")), 19u);
  EXPECT_EQ(a.ToCodePoint(s.find("Ḩ")), 19u);
}

TEST(Offsets, InvalidBytesBecomeOneCodePointEach) {
  std::string s = "a\xff\xfe b";
  EXPECT_EQ(FoldTypographyKeepLength(s), "a?? b");
}

TEST(Offsets, ByteToCodePoint) {
  CodePointIndex idx("é1");  // é is 2 bytes
  EXPECT_EQ(idx.ToCodePoint(0), 0u);
  EXPECT_EQ(idx.ToCodePoint(2), 1u);
  EXPECT_EQ(idx.ToCodePoint(3), 2u);
}

}  // namespace
}  // namespace sitrep
