// Date: calendar arithmetic (Howard Hinnant's civil-day algorithms), strict parsing, formatting.
#include "core/date.hpp"

#include <algorithm>
#include <array>

namespace atlas {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

bool parse_digits(std::string_view text, int& out) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return !text.empty();
}

std::string two_digits(int v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; }

std::string four_digits(int v) {
    std::string s = std::to_string(v);
    return std::string(s.size() < 4 ? 4 - s.size() : 0, '0') + s;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

std::int32_t days_from_ymd(Ymd ymd) {
    const int y = ymd.month <= 2 ? ymd.year - 1 : ymd.year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (ymd.month + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + ymd.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Ymd ymd_from_days(std::int32_t days) {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int day = doy - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    return Ymd{yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

std::optional<Date> make_date(int year, int month, int day, Precision precision) {
    if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date{days_from_ymd({year, month, day}), precision};
}

Ymd to_ymd(Date date) { return ymd_from_days(date.days); }

std::optional<Date> parse_date(std::string_view text) {
    int year = 0, month = 1, day = 1;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    if (!parse_digits(text.substr(0, 4), year)) return std::nullopt;
    if (text.size() == 4) return make_date(year, 1, 1, Precision::year);
    if (text[4] != '-' || !parse_digits(text.substr(5, 2), month)) return std::nullopt;
    if (text.size() == 7) return make_date(year, month, 1, Precision::month);
    if (text[7] != '-' || !parse_digits(text.substr(8, 2), day)) return std::nullopt;
    return make_date(year, month, day, Precision::day);
}

std::string format_date(Date date) {
    const Ymd ymd = to_ymd(date);
    std::string out = four_digits(ymd.year);
    if (date.precision == Precision::year) return out;
    out += "-" + two_digits(ymd.month);
    if (date.precision == Precision::month) return out;
    return out + "-" + two_digits(ymd.day);
}

std::string display_date(Date date) {
    const Ymd ymd = to_ymd(date);
    const std::string year = std::to_string(ymd.year);
    const std::string month{month_name(ymd.month)};
    switch (date.precision) {
        case Precision::year: return year;
        case Precision::month: return month + " " + year;
        case Precision::day: break;
    }
    return std::to_string(ymd.day) + " " + month + " " + year;
}

std::string_view month_name(int month) {
    if (month < 1 || month > 12) return {};
    return kMonthNames[static_cast<std::size_t>(month - 1)];
}

Date add_days(Date date, int days) { return Date{date.days + days, date.precision}; }

Date add_months(Date date, int months) {
    const Ymd ymd = to_ymd(date);
    const int total = ymd.year * 12 + (ymd.month - 1) + months;
    const int year = total >= 0 ? total / 12 : (total - 11) / 12;
    const int month = total - year * 12 + 1;
    const int day = std::min(ymd.day, days_in_month(year, month));
    return Date{days_from_ymd({year, month, day}), date.precision};
}

Date month_start(Date date) {
    const Ymd ymd = to_ymd(date);
    return Date{days_from_ymd({ymd.year, ymd.month, 1}), Precision::day};
}

Date period_end(Date date) {
    const Ymd ymd = to_ymd(date);
    switch (date.precision) {
        case Precision::year: return Date{days_from_ymd({ymd.year, 12, 31}), Precision::day};
        case Precision::month:
            return Date{days_from_ymd({ymd.year, ymd.month, days_in_month(ymd.year, ymd.month)}), Precision::day};
        case Precision::day: break;
    }
    return date;
}

}  // namespace atlas
