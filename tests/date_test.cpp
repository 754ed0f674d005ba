// Date tests: strict parsing, calendar arithmetic, formatting at each precision.
#include <doctest/doctest.h>

#include "core/date.hpp"

using namespace atlas;

namespace {
Date d(const char* text) {
    const auto parsed = parse_date(text);
    REQUIRE_MESSAGE(parsed.has_value(), text);
    return *parsed;
}
}  // namespace

TEST_CASE("days count from 1970-01-01 and round-trip through year, month and day") {
    CHECK(days_from_ymd({1970, 1, 1}) == 0);
    CHECK(days_from_ymd({1922, 4, 16}) == -17427);
    CHECK(days_from_ymd({2000, 3, 1}) == 11017);
    for (std::int32_t days = -40000; days <= 20000; days += 7) {
        const Ymd ymd = ymd_from_days(days);
        REQUIRE(days_from_ymd(ymd) == days);
        REQUIRE(ymd.day <= days_in_month(ymd.year, ymd.month));
    }
}

TEST_CASE("leap years follow the Gregorian rules") {
    CHECK(is_leap_year(1920));
    CHECK_FALSE(is_leap_year(1900));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1921));
    CHECK(days_in_month(1924, 2) == 29);
    CHECK(days_in_month(1923, 2) == 28);
    CHECK(days_in_month(1923, 13) == 0);
}

TEST_CASE("dates parse at day, month and year precision and count from their first day") {
    const Date day = d("1922-04-16");
    CHECK(day.precision == Precision::day);
    CHECK(to_ymd(day).year == 1922);
    CHECK(to_ymd(day).month == 4);
    CHECK(to_ymd(day).day == 16);
    const Date month = d("1924-02");
    CHECK(month.precision == Precision::month);
    CHECK(month.days == d("1924-02-01").days);
    const Date year = d("1924");
    CHECK(year.precision == Precision::year);
    CHECK(year.days == d("1924-01-01").days);
}

TEST_CASE("malformed or impossible dates are rejected") {
    for (const char* bad : {"", "1922-13-01", "1922-00-10", "1922-04-31", "1923-02-29", "1900-02-29", "1922-4-16",
                            "1922/04/16", "22-04-16", "1922-04-16 ", " 1922", "1922-04-", "19a2", "0000",
                            "1922-04-16T00", "+922", "1922-0x-01", "１９２２"}) {
        CHECK_MESSAGE(!parse_date(bad).has_value(), bad);
    }
    CHECK(parse_date("1924-02-29").has_value());
    CHECK(parse_date("2000-02-29").has_value());
}

TEST_CASE("dates format back at the precision they were written at") {
    for (const char* text : {"1922-04-16", "1924-02", "1924", "1917-11-07", "0999-01-05"}) {
        CHECK(format_date(d(text)) == text);
    }
}

TEST_CASE("display dates read as English prose") {
    CHECK(display_date(d("1922-04-16")) == "16 April 1922");
    CHECK(display_date(d("1924-02")) == "February 1924");
    CHECK(display_date(d("1924")) == "1924");
    CHECK(display_date(d("1929-12-01")) == "1 December 1929");
    CHECK(month_name(9) == "September");
    CHECK(month_name(0).empty());
}

TEST_CASE("adding months clamps the day to the target month and crosses years") {
    CHECK(format_date(add_months(d("1924-01-31"), 1)) == "1924-02-29");
    CHECK(format_date(add_months(d("1923-01-31"), 1)) == "1923-02-28");
    CHECK(format_date(add_months(d("1922-11-30"), 3)) == "1923-02-28");
    CHECK(format_date(add_months(d("1922-03-15"), -3)) == "1921-12-15");
    CHECK(format_date(add_months(d("1922-03-15"), -27)) == "1919-12-15");
    CHECK(format_date(add_months(d("1924-02"), 11)) == "1925-01");
    CHECK(format_date(add_days(d("1922-12-31"), 1)) == "1923-01-01");
}

TEST_CASE("period ends and month starts bound a partial date") {
    CHECK(format_date(period_end(d("1924"))) == "1924-12-31");
    CHECK(format_date(period_end(d("1924-02"))) == "1924-02-29");
    CHECK(format_date(period_end(d("1924-02-10"))) == "1924-02-10");
    CHECK(format_date(month_start(d("1924-02-10"))) == "1924-02-01");
}

TEST_CASE("dates order by day first so partial dates sort with their first day") {
    CHECK(d("1922-04-16") < d("1922-04-17"));
    CHECK(d("1924") < d("1924-01-02"));
    CHECK(d("1923-12-31") < d("1924"));
    CHECK_FALSE(d("1924") == d("1924-01-01"));
}
