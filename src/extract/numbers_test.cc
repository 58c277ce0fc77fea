#include "extract/numbers.h"

#include <gtest/gtest.h>

namespace sitrep::extract {
namespace {

std::vector<double> Values(std::string_view text) {
  std::vector<double> v;
  for (const Quantity& q : FindQuantities(text)) v.push_back(q.value);
  return v;
}

TEST(NumbersTest, DigitsAndWords) {
  EXPECT_EQ(Values("More than 280,000 people"), std::vector<double>{280000});
  EXPECT_EQ(Values("a city of 1.4 million"), std::vector<double>{1.4e6});
  EXPECT_EQ(Values("eight soldiers and twenty-five civilians"), (std::vector<double>{8, 25}));
  EXPECT_EQ(Values("two hundred and fifty families"), std::vector<double>{250});
  EXPECT_EQ(Values("three thousand troops"), std::vector<double>{3000});
  auto q = FindQuantities("at least 12 people");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].bound, Bound::kAtLeast);
  EXPECT_EQ(q[0].begin, 0u);
  auto d = FindQuantities("dozens of bodies");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].vague);
  EXPECT_EQ(d[0].value, 12);
  EXPECT_EQ(Values("tens of thousands fled"), std::vector<double>{1e4});
}

TEST(NumbersTest, NotCounts) {
  EXPECT_TRUE(Values("the war that began in 2011").empty());
  EXPECT_TRUE(Values("7.62x39mm rifles").empty());
  EXPECT_TRUE(Values("pay rose by 50% and 20 percent").empty());
  EXPECT_TRUE(Values("at 10:30 and at 5 p.m.").empty());
  EXPECT_TRUE(Values("the 5th brigade, the third-largest city").empty());
  EXPECT_TRUE(Values("along the M5 with Type 56 rifles and T-72 tanks").empty());
  EXPECT_TRUE(Values("one of the last routes").empty());
  EXPECT_TRUE(Values("UN Resolution 2254").empty());
}

TEST(NumbersTest, Casualties) {
  auto a = FindCasualties("At least 12 civilians were killed and 30 wounded in the shelling of Kherson.");
  EXPECT_EQ(a.killed, 12);
  EXPECT_EQ(a.injured, 30);
  auto b = FindCasualties("The drone strike on the market in Omdurman killed eight people, injuring dozens.");
  EXPECT_EQ(b.killed, 8);
  EXPECT_EQ(b.injured, 12);
  auto c = FindCasualties("The offensive has displaced more than 280,000 civilians, the agency said.");
  EXPECT_EQ(c.displaced, 280000);
  EXPECT_FALSE(c.killed.has_value());
  auto d = FindCasualties("The death toll from the Sanaa air raid rose to 31.");
  EXPECT_EQ(d.killed, 31);
  auto e = FindCasualties("Thousands are fleeing toward the border.");
  EXPECT_EQ(e.displaced, 1000);
  // The gunmen are the agents, the villagers the dead.
  auto f = FindCasualties("Five gunmen killed three villagers near Mopti.");
  EXPECT_EQ(f.killed, 3);
  auto g = FindCasualties("A city of 1.4 million people was shelled; residents say 2 died.");
  EXPECT_EQ(g.killed, 2);
  EXPECT_FALSE(g.displaced.has_value());
  auto h = FindCasualties("Many residents were forced to flee.");
  EXPECT_FALSE(h.displaced.has_value());
  EXPECT_FALSE(FindCasualties("The 2014 attack left its mark.").killed.has_value());
}

TEST(NumbersTest, Distances) {
  UnitTable u = UnitTable::Default();
  auto a = FindDistances("The insurgents are within 5 km of the city.", u);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_DOUBLE_EQ(a[0].km, 5);
  auto b = FindDistances("approximately five kilometers (three miles) away from Homs", u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_DOUBLE_EQ(b[0].km, 5);
  auto c = FindDistances("just six miles away", u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NEAR(c[0].km, 9.656, 0.001);
  auto d = FindDistances("a town 8 kilometres north of Homs, and 500m from the river", u);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_DOUBLE_EQ(d[0].km, 8);
  EXPECT_DOUBLE_EQ(d[1].km, 0.5);
  EXPECT_TRUE(FindDistances("7.62x39mm rounds", u).empty());
  auto e = FindDistances("a 30-km front", u);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_DOUBLE_EQ(e[0].km, 30);
}

TEST(UnitTableTest, ParseAndErrors) {
  auto t = UnitTable::Parse("# c\nleague\t4.8\nnautical miles\t1.852\n", "u.tsv");
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->units().size(), 2u);
  EXPECT_EQ(t->units()[0].words.size(), 2u);  // longest first
  auto bad = UnitTable::Parse("km\tx\n", "u.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("u.tsv:1"), std::string::npos);
  auto real = UnitTable::Load(std::string(SITREP_SOURCE_DIR) + "/kb/units.tsv");
  ASSERT_TRUE(real.ok()) << real.status().ToString();
  EXPECT_GE(real->units().size(), 10u);
}

}  // namespace
}  // namespace sitrep::extract
