// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/Inventory.h"

#include "core/domain/PhoneAddress.h"

namespace Switchboard::Sandbox::Inventory {
namespace {

struct AreaCodeInfo
{
    const char *areaCode;
    const char *region;
    const char *locality;
    const char *rateCenter;
    const char *lata;
    const char *postalCode;
    double latitude;
    double longitude;
};

// Enough well-known area codes for searches by region and locality to be meaningful.
constexpr AreaCodeInfo knownAreaCodes[] = {
        {"206", "WA", "Seattle", "SEATTLE", "674", "98101", 47.6062, -122.3321},
        {"212", "NY", "New York", "NWYRCYZN01", "132", "10001", 40.7128, -74.0060},
        {"213", "CA", "Los Angeles", "LSAN DA 01", "730", "90012", 34.0522, -118.2437},
        {"303", "CO", "Denver", "DENVER", "656", "80202", 39.7392, -104.9903},
        {"305", "FL", "Miami", "MIAMI", "460", "33101", 25.7617, -80.1918},
        {"312", "IL", "Chicago", "CHCG", "358", "60601", 41.8781, -87.6298},
        {"404", "GA", "Atlanta", "ATLANTA", "438", "30303", 33.7490, -84.3880},
        {"415", "CA", "San Francisco", "SNFC CNTRL", "722", "94103", 37.7749, -122.4194},
        {"512", "TX", "Austin", "AUSTIN", "558", "78701", 30.2672, -97.7431},
        {"617", "MA", "Boston", "BOSTON", "128", "02108", 42.3601, -71.0589},
        {"702", "NV", "Las Vegas", "LAS VEGAS", "721", "89101", 36.1699, -115.1398},
        {"808", "HI", "Hilo", "HILO", "834", "96720", 19.7200, -155.0900},
};

const AreaCodeInfo *findAreaCode(QStringView areaCode)
{
    for (const AreaCodeInfo &info : knownAreaCodes) {
        if (areaCode == QLatin1String(info.areaCode))
            return &info;
    }
    return nullptr;
}

} // namespace

InventoryNumber describe(const QString &e164, const QString &type)
{
    InventoryNumber number;
    number.phoneNumber = e164;
    number.type = type;
    const PhoneAddress address = PhoneAddress::fromNumber(e164);
    number.isoCountry = address.isValid() ? address.regionCode() : QStringLiteral("US");
    if (type != QLatin1String("local"))
        return number;
    if (const AreaCodeInfo *info = findAreaCode(address.northAmericanAreaCode())) {
        number.region = QLatin1String(info->region);
        number.locality = QLatin1String(info->locality);
        number.rateCenter = QLatin1String(info->rateCenter);
        number.lata = QLatin1String(info->lata);
        number.postalCode = QLatin1String(info->postalCode);
        number.latitude = info->latitude;
        number.longitude = info->longitude;
        number.hasLocation = true;
    }
    return number;
}

QList<InventoryNumber> expand(
        const QList<InventoryRule> &rules, const QList<InventoryNumber> &explicitNumbers)
{
    QList<InventoryNumber> numbers;
    for (const InventoryRule &rule : rules) {
        for (const QString &areaCode : rule.areaCodes) {
            for (int line = 0; line < rule.count; ++line) {
                const QString e164 = QStringLiteral("+1") + areaCode + QStringLiteral("555")
                        + QString::number(100 + line).rightJustified(4, u'0');
                numbers.append(describe(e164, rule.type));
            }
        }
    }
    numbers.append(explicitNumbers);
    return numbers;
}

QString friendlyName(const QString &e164)
{
    if (e164.size() == 12 && e164.startsWith(u"+1"))
        return u'(' + e164.mid(2, 3) + u") " + e164.mid(5, 3) + u'-' + e164.mid(8, 4);
    return e164;
}

bool isUsAreaCode(const QString &areaCode)
{
    if (areaCode.size() != 3)
        return false;
    // A number in the area code's 555 exchange is valid wherever the area code is in service.
    const PhoneAddress probe
            = PhoneAddress::fromNumber(QStringLiteral("+1") + areaCode + QStringLiteral("5550100"));
    return probe.isValid() && probe.regionCode() == QLatin1String("US");
}

} // namespace Switchboard::Sandbox::Inventory
