#include "Settings.h"

#include <algorithm>

namespace dexdesk {

int CommunicationSettings::enabledLeaCount() const
{
    return int(std::count_if(leas.cbegin(), leas.cend(), [](const Lea &l) { return l.enabled; }));
}

const Lea *CommunicationSettings::findLea(const QString &id) const
{
    for (const Lea &l : leas) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString frequencyName(Frequency f)
{
    switch (f) {
    case Frequency::Low:
        return QStringLiteral("low");
    case Frequency::Standard:
        return QStringLiteral("standard");
    case Frequency::High:
        return QStringLiteral("high");
    }
    return {};
}

QString purgePolicyName(PurgePolicy p)
{
    switch (p) {
    case PurgePolicy::Aggressive:
        return QStringLiteral("aggressive");
    case PurgePolicy::Typical:
        return QStringLiteral("typical");
    case PurgePolicy::Seldom:
        return QStringLiteral("seldom");
    }
    return {};
}

bool frequencyFromName(const QString &name, Frequency *out)
{
    for (Frequency f : {Frequency::Low, Frequency::Standard, Frequency::High}) {
        if (name.compare(frequencyName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

bool purgePolicyFromName(const QString &name, PurgePolicy *out)
{
    for (PurgePolicy p : {PurgePolicy::Aggressive, PurgePolicy::Typical, PurgePolicy::Seldom}) {
        if (name.compare(purgePolicyName(p), Qt::CaseInsensitive) == 0) {
            *out = p;
            return true;
        }
    }
    return false;
}

QList<Service> allServices()
{
    return {Service::DataChanges, Service::Download, Service::Publish, Service::UniqueId};
}

QString serviceName(Service s)
{
    switch (s) {
    case Service::DataChanges:
        return QStringLiteral("dataChanges");
    case Service::Download:
        return QStringLiteral("download");
    case Service::Publish:
        return QStringLiteral("publish");
    case Service::UniqueId:
        return QStringLiteral("uniqueId");
    case Service::None:
        break;
    }
    return {};
}

bool serviceFromName(const QString &name, Service *out)
{
    for (Service s : allServices()) {
        if (name.compare(serviceName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

QStringList serviceNames(Services services)
{
    QStringList names;
    for (Service s : allServices()) {
        if (services.testFlag(s))
            names << serviceName(s);
    }
    return names;
}

QString schoolYearLabel(int year)
{
    return QString::number(year - 1) + QLatin1Char('-') + QString::number(year);
}

} // namespace dexdesk
