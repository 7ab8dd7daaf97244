// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard::Sandbox {

// The query of Vapi's list endpoints: limit and the eight createdAt/updatedAt filters of
// GET /assistant and GET /phone-number, plus search, page, sortOrder and sortBy of
// GET /v2/phone-number. Unknown parameters are refused, as Vapi's whitelist does.
struct VapiListQuery
{
    struct DateFilter
    {
        bool onUpdatedAt = false;
        enum class Comparison {
            Greater,
            Less,
            GreaterOrEqual,
            LessOrEqual,
        } comparison = Comparison::Greater;
        QDateTime value;
    };

    int limit = 100;
    QList<DateFilter> dateFilters;
    QString search;
    int page = 1;
    bool ascending = false;

    // Parses and validates; *errors receives class-validator-style messages.
    static VapiListQuery parse(const QByteArray &rawQuery, bool paginated, QStringList *errors);
    bool accepts(const QDateTime &createdAt, const QDateTime &updatedAt) const;
};

} // namespace Switchboard::Sandbox
