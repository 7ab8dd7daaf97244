// SPDX-License-Identifier: Apache-2.0
#include "sandbox/vapi/VapiListQuery.h"

#include "sandbox/http/FormFields.h"

#include <cmath>

namespace Switchboard::Sandbox {
namespace {

struct DateParameter
{
    const char *name;
    bool onUpdatedAt;
    VapiListQuery::DateFilter::Comparison comparison;
};

using Comparison = VapiListQuery::DateFilter::Comparison;

constexpr DateParameter dateParameters[] = {
        {"createdAtGt", false, Comparison::Greater},
        {"createdAtLt", false, Comparison::Less},
        {"createdAtGe", false, Comparison::GreaterOrEqual},
        {"createdAtLe", false, Comparison::LessOrEqual},
        {"updatedAtGt", true, Comparison::Greater},
        {"updatedAtLt", true, Comparison::Less},
        {"updatedAtGe", true, Comparison::GreaterOrEqual},
        {"updatedAtLe", true, Comparison::LessOrEqual},
};

bool parseNumber(const FormFields &fields, const QString &name, double minimum, double maximum,
        double *value, QStringList *errors)
{
    if (!fields.contains(name))
        return false;
    bool ok = false;
    const double parsed = fields.value(name).toDouble(&ok);
    // "nan" reads as a double, passes both range checks and has no int value (found by
    // fuzz/fuzz_form_fields); class-validator refuses NaN as not a number.
    if (!ok || std::isnan(parsed)) {
        errors->append(
                name + QStringLiteral(" must be a number conforming to the specified constraints"));
        return false;
    }
    if (parsed < minimum) {
        errors->append(name + QStringLiteral(" must not be less than ") + QString::number(minimum));
        return false;
    }
    if (parsed > maximum) {
        errors->append(
                name + QStringLiteral(" must not be greater than ") + QString::number(maximum));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

VapiListQuery VapiListQuery::parse(const QByteArray &rawQuery, bool paginated, QStringList *errors)
{
    VapiListQuery query;
    const FormFields fields = FormFields::parse(rawQuery);
    QStringList known{QStringLiteral("limit")};
    for (const DateParameter &parameter : dateParameters)
        known.append(QLatin1String(parameter.name));
    if (paginated) {
        known << QStringLiteral("search") << QStringLiteral("page") << QStringLiteral("sortOrder")
              << QStringLiteral("sortBy");
    }
    for (const QString &name : fields.names()) {
        if (!known.contains(name))
            errors->append(
                    QStringLiteral("property ") + name + QStringLiteral(" should not exist"));
    }

    double number = 0;
    if (parseNumber(fields, QStringLiteral("limit"), 0, 1000, &number, errors))
        query.limit = int(number);
    for (const DateParameter &parameter : dateParameters) {
        const QString name = QLatin1String(parameter.name);
        if (!fields.contains(name))
            continue;
        const QDateTime value = QDateTime::fromString(fields.value(name), Qt::ISODateWithMs);
        if (!value.isValid()) {
            errors->append(name + QStringLiteral(" must be a valid ISO 8601 date string"));
            continue;
        }
        query.dateFilters.append({parameter.onUpdatedAt, parameter.comparison, value.toUTC()});
    }
    if (!paginated)
        return query;

    query.search = fields.value(QStringLiteral("search"));
    if (query.search.size() > 100)
        errors->append(QStringLiteral("search must be shorter than or equal to 100 characters"));
    if (parseNumber(fields, QStringLiteral("page"), 1, 1e9, &number, errors))
        query.page = int(number);
    if (fields.contains(QStringLiteral("sortOrder"))) {
        const QString order = fields.value(QStringLiteral("sortOrder"));
        if (order != QLatin1String("ASC") && order != QLatin1String("DESC"))
            errors->append(
                    QStringLiteral("sortOrder must be one of the following values: ASC, DESC"));
        query.ascending = order == QLatin1String("ASC");
    }
    if (fields.contains(QStringLiteral("sortBy"))) {
        const QString sortBy = fields.value(QStringLiteral("sortBy"));
        static const QStringList sortKeys{
                QStringLiteral("createdAt"), QStringLiteral("duration"), QStringLiteral("cost")};
        if (!sortKeys.contains(sortBy))
            errors->append(QStringLiteral("sortBy must be one of the following values: ")
                    + sortKeys.join(QStringLiteral(", ")));
    }
    return query;
}

bool VapiListQuery::accepts(const QDateTime &createdAt, const QDateTime &updatedAt) const
{
    for (const DateFilter &filter : dateFilters) {
        const QDateTime &value = filter.onUpdatedAt ? updatedAt : createdAt;
        switch (filter.comparison) {
        case DateFilter::Comparison::Greater:
            if (!(value > filter.value))
                return false;
            break;
        case DateFilter::Comparison::Less:
            if (!(value < filter.value))
                return false;
            break;
        case DateFilter::Comparison::GreaterOrEqual:
            if (!(value >= filter.value))
                return false;
            break;
        case DateFilter::Comparison::LessOrEqual:
            if (!(value <= filter.value))
                return false;
            break;
        }
    }
    return true;
}

} // namespace Switchboard::Sandbox
