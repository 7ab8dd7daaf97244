// SPDX-License-Identifier: Apache-2.0
// What people paste and what listings show as a number or a SIP URI: PhoneAddress::parse with
// a default region, the mask checks listings need, and the canonical form's round trip.
// Input: one byte choosing the default region, then the text (UTF-8).
#include "FuzzSupport.h"

#include "core/domain/PhoneAddress.h"

#include <array>

using namespace Switchboard;

SWITCHBOARD_FUZZ_INITIALIZE

namespace {

// The regions a user may set as the default, and some that are not regions at all.
const std::array<const char *, 10> Regions
        = {"", "US", "GB", "DE", "IN", "BR", "AU", "ZZ", "001", "us"};

void checkCanonical(const PhoneAddress &address, const QString &region)
{
    if (!address.isValid()) {
        FUZZ_CHECK(address.toString().isEmpty());
        return;
    }
    // The canonical text reads back as itself, with or without the default region.
    FUZZ_CHECK(PhoneAddress::parse(address.toString()) == address);
    FUZZ_CHECK(PhoneAddress::parse(address.toString(), region) == address);
    if (address.isNumber()) {
        FUZZ_CHECK(address.toString().startsWith(u'+'));
        FUZZ_CHECK(!PhoneAddress::isMasked(address.toString()));
        // What the console shows a person is a number it accepts back.
        FUZZ_CHECK(PhoneAddress::fromNumber(address.displayText()) == address);
        FUZZ_CHECK(PhoneAddress::maskAdmits(address.toString(), address));
        (void)address.regionCode();
        const QString areaCode = address.northAmericanAreaCode();
        FUZZ_CHECK(areaCode.isEmpty() || areaCode.size() == 3);
        FUZZ_CHECK(address.sipUser().isEmpty() && address.sipHost().isEmpty());
    } else {
        FUZZ_CHECK(address.isSipUri());
        FUZZ_CHECK(address.toString()
                == QStringLiteral("sip:") + address.sipUser() + u'@' + address.sipHost());
        FUZZ_CHECK(address.toString() == address.toString().toLower());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString region = QString::fromLatin1(Regions[data[0] % Regions.size()]);
    const QString text = QString::fromUtf8(
            reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    QString error;
    const PhoneAddress address = PhoneAddress::parse(text, region, &error);
    FUZZ_CHECK(address.isValid() == error.isEmpty());
    checkCanonical(address, region);
    checkCanonical(PhoneAddress::fromSipUri(text), region);

    // Text with hidden digits never becomes a number (listings show such text).
    if (PhoneAddress::isMasked(text))
        FUZZ_CHECK(!PhoneAddress::fromNumber(text, region).isValid());
    static const PhoneAddress known = PhoneAddress::fromNumber(QStringLiteral("+14155552671"));
    (void)PhoneAddress::maskAdmits(text, known);
    (void)PhoneAddress::maskAdmits(text, address);
    return 0;
}
