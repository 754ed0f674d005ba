// Dated lists: the entry in force on a date (core/dated.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/dated.hpp"

using namespace atlas;

namespace {

struct Entry {
    Date from;
    std::string what;
};

Date day(int year, int month, int d) { return *make_date(year, month, d); }

}  // namespace

TEST_CASE("the entry in force is the last that starts on or before the date, and none is before the first") {
    const std::vector<Entry> entries = {{day(1919, 1, 1), "a"}, {day(1922, 4, 16), "b"}, {day(1927, 5, 27), "c"}};
    CHECK(in_force(entries, day(1918, 12, 31)) == nullptr);
    REQUIRE(in_force(entries, day(1919, 1, 1)) != nullptr);
    CHECK(in_force(entries, day(1919, 1, 1))->what == "a");
    CHECK(in_force(entries, day(1922, 4, 15))->what == "a");
    CHECK(in_force(entries, day(1922, 4, 16))->what == "b");  // from its first day
    CHECK(in_force(entries, day(1927, 5, 26))->what == "b");
    CHECK(in_force(entries, day(1933, 1, 1))->what == "c");  // the last lasts
}

TEST_CASE("an empty list has no entry in force, and of two entries on one day the later in the list wins") {
    CHECK(in_force(std::vector<Entry>{}, day(1922, 1, 1)) == nullptr);
    const std::vector<Entry> same_day = {{day(1920, 1, 1), "first"}, {day(1920, 1, 1), "second"}};
    REQUIRE(in_force(same_day, day(1920, 1, 1)) != nullptr);
    CHECK(in_force(same_day, day(1920, 1, 1))->what == "second");
}
