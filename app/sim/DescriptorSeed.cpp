#include "DescriptorSeed.h"

QString DescriptorSeed::standardNamespace(const QString &descriptorName)
{
    return QStringLiteral("uri://ed-fi.org/") + descriptorName;
}

QStringList DescriptorSeed::codeValues(const QString &n)
{
    if (n == QLatin1String("GradeLevelDescriptor"))
        return {QStringLiteral("Preschool/Prekindergarten"),
                QStringLiteral("Kindergarten"),
                QStringLiteral("First grade"),
                QStringLiteral("Second grade"),
                QStringLiteral("Third grade"),
                QStringLiteral("Fourth grade"),
                QStringLiteral("Fifth grade"),
                QStringLiteral("Sixth grade"),
                QStringLiteral("Seventh grade"),
                QStringLiteral("Eighth grade"),
                QStringLiteral("Ninth grade"),
                QStringLiteral("Tenth grade"),
                QStringLiteral("Eleventh grade"),
                QStringLiteral("Twelfth grade"),
                QStringLiteral("Postsecondary"),
                QStringLiteral("Ungraded"),
                QStringLiteral("Other")};
    if (n == QLatin1String("SexDescriptor"))
        return {QStringLiteral("Female"), QStringLiteral("Male"), QStringLiteral("Not Selected")};
    if (n == QLatin1String("EntryTypeDescriptor"))
        return {QStringLiteral("Transfer"), QStringLiteral("New to education system"),
                QStringLiteral("Next year school"), QStringLiteral("Re-entry"), QStringLiteral("Other")};
    if (n == QLatin1String("ExitWithdrawTypeDescriptor"))
        return {QStringLiteral("Graduated"),
                QStringLiteral("Transferred"),
                QStringLiteral("Withdrawn"),
                QStringLiteral("Dropout"),
                QStringLiteral("End of school year"),
                QStringLiteral("Completed"),
                QStringLiteral("No show"),
                QStringLiteral("Died or is permanently incapacitated"),
                QStringLiteral("Expelled"),
                QStringLiteral("Other")};
    if (n == QLatin1String("StaffClassificationDescriptor"))
        return {QStringLiteral("Teacher"),
                QStringLiteral("Principal"),
                QStringLiteral("Assistant Principal"),
                QStringLiteral("Counselor"),
                QStringLiteral("Substitute Teacher"),
                QStringLiteral("Superintendent"),
                QStringLiteral("Librarians/Media Specialists"),
                QStringLiteral("School Administrator"),
                QStringLiteral("Support Services Staff"),
                QStringLiteral("Other")};
    if (n == QLatin1String("ProgramAssignmentDescriptor"))
        return {QStringLiteral("Regular Education"), QStringLiteral("Special Education"),
                QStringLiteral("Bilingual/English as a Second Language"), QStringLiteral("Title I-Academic"),
                QStringLiteral("Other")};
    if (n == QLatin1String("EducationOrganizationCategoryDescriptor"))
        return {QStringLiteral("School"), QStringLiteral("Local Education Agency"),
                QStringLiteral("State Education Agency"), QStringLiteral("Education Service Center"),
                QStringLiteral("Other")};
    if (n == QLatin1String("LocalEducationAgencyCategoryDescriptor"))
        return {QStringLiteral("Independent"), QStringLiteral("Charter")};
    if (n == QLatin1String("RaceDescriptor"))
        return {QStringLiteral("American Indian - Alaska Native"),
                QStringLiteral("Asian"),
                QStringLiteral("Black - African American"),
                QStringLiteral("Native Hawaiian - Pacific Islander"),
                QStringLiteral("White"),
                QStringLiteral("Choose Not to Respond"),
                QStringLiteral("Other")};
    if (n == QLatin1String("AddressTypeDescriptor"))
        return {QStringLiteral("Home"), QStringLiteral("Mailing"), QStringLiteral("Physical"),
                QStringLiteral("Temporary"), QStringLiteral("Other")};
    if (n == QLatin1String("StateAbbreviationDescriptor"))
        return QStringLiteral("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
                              "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
            .split(QLatin1Char(' '));
    return {};
}

QList<QJsonObject> DescriptorSeed::records(const QString &descriptorName)
{
    QList<QJsonObject> out;
    for (const QString &code : codeValues(descriptorName)) {
        out.append(QJsonObject {{QStringLiteral("namespace"), standardNamespace(descriptorName)},
                                {QStringLiteral("codeValue"), code},
                                {QStringLiteral("shortDescription"), code.left(75)},
                                {QStringLiteral("description"), code}});
    }
    return out;
}
