#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The standard Ed-Fi descriptor values (namespace uri://ed-fi.org/<Name>) the simulator knows
// from the start, as descriptor records ready to store.
class DescriptorSeed
{
public:
    static QString standardNamespace(const QString &descriptorName);
    static QStringList codeValues(const QString &descriptorName);
    static QList<QJsonObject> records(const QString &descriptorName);
};
