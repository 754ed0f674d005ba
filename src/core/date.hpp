// Date: days since 1970-01-01 plus the precision it was written at (day, month or year).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atlas {

enum class Precision : std::uint8_t { day, month, year };

// A partial date ("1924-02", "1924") counts from its first day: days is that first day.
// Ordering compares days first, so partial dates sort with their first day.
struct Date {
    std::int32_t days = 0;
    Precision precision = Precision::day;

    friend auto operator<=>(const Date&, const Date&) = default;
};

struct Ymd {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
std::int32_t days_from_ymd(Ymd ymd);  // proleptic Gregorian, no validation
Ymd ymd_from_days(std::int32_t days);

// Checked construction; nullopt for impossible calendar days. Years 1..9999.
std::optional<Date> make_date(int year, int month, int day, Precision precision = Precision::day);
Ymd to_ymd(Date date);

// Strict: "YYYY", "YYYY-MM" or "YYYY-MM-DD", digits only, a real calendar day.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date date);      // back at its precision: "1922-04-16", "1924-02", "1924"
std::string display_date(Date date);     // "16 April 1922", "April 1924", "1924"
std::string_view month_name(int month);  // "January".."December", "" when out of range

Date add_days(Date date, int days);  // keeps precision
// Calendar months; the day is clamped to the target month (31 Jan + 1 month = 28/29 Feb).
Date add_months(Date date, int months);

// First day of the month containing the date, at day precision.
Date month_start(Date date);
// Last day covered by a date at its precision ("1924" -> 1924-12-31), at day precision.
Date period_end(Date date);

}  // namespace atlas
