#include "ResourceCatalog.h"

namespace {

using K = FieldSpec::Kind;

FieldSpec str(const QString &n, int maxLen, bool req = false)
{
    FieldSpec f;
    f.name = n;
    f.kind = K::String;
    f.maxLength = maxLen;
    f.required = req;
    return f;
}

FieldSpec typed(const QString &n, K kind, bool req = false)
{
    FieldSpec f;
    f.name = n;
    f.kind = kind;
    f.required = req;
    return f;
}

FieldSpec desc(const QString &n, const QString &descriptorName, bool req = false)
{
    FieldSpec f = typed(n, K::Descriptor, req);
    f.descriptor = descriptorName;
    f.maxLength = 306;
    return f;
}

FieldSpec ref(const QString &n, const QString &label, const QStringList &targets, const FieldSpec &keyMember,
              bool req = true)
{
    FieldSpec f = typed(n, K::Reference, req);
    f.label = label;
    f.targets = targets;
    FieldSpec m = keyMember;
    m.required = true;
    f.members = {m};
    return f;
}

FieldSpec collection(const QString &n, const QList<FieldSpec> &members, int minItems = 0)
{
    FieldSpec f = typed(n, K::Collection, minItems > 0);
    f.minItems = minItems;
    f.members = members;
    return f;
}

const QString kSchools = QStringLiteral("schools");
const QString kLeas = QStringLiteral("localEducationAgencies");

FieldSpec studentRef()
{
    return ref(QStringLiteral("studentReference"), QStringLiteral("Student"), {QStringLiteral("students")},
               str(QStringLiteral("studentUniqueId"), 32));
}
FieldSpec staffRef()
{
    return ref(QStringLiteral("staffReference"), QStringLiteral("Staff"), {QStringLiteral("staffs")},
               str(QStringLiteral("staffUniqueId"), 32));
}
FieldSpec schoolRef()
{
    return ref(QStringLiteral("schoolReference"), QStringLiteral("School"), {kSchools},
               typed(QStringLiteral("schoolId"), K::Integer));
}
FieldSpec edOrgRef()
{
    return ref(QStringLiteral("educationOrganizationReference"), QStringLiteral("EducationOrganization"),
               {kSchools, kLeas}, typed(QStringLiteral("educationOrganizationId"), K::Integer));
}

FieldSpec addresses()
{
    return collection(
        QStringLiteral("addresses"),
        {desc(QStringLiteral("addressTypeDescriptor"), QStringLiteral("AddressTypeDescriptor"), true),
         str(QStringLiteral("streetNumberName"), 150, true), str(QStringLiteral("apartmentRoomSuiteNumber"), 50),
         str(QStringLiteral("city"), 30, true),
         desc(QStringLiteral("stateAbbreviationDescriptor"), QStringLiteral("StateAbbreviationDescriptor"), true),
         str(QStringLiteral("postalCode"), 17, true), str(QStringLiteral("nameOfCounty"), 30)});
}

QList<FieldSpec> personNames()
{
    return {str(QStringLiteral("firstName"), 75, true),      str(QStringLiteral("middleName"), 75),
            str(QStringLiteral("lastSurname"), 75, true),    str(QStringLiteral("generationCodeSuffix"), 10),
            str(QStringLiteral("personalTitlePrefix"), 30),  str(QStringLiteral("preferredFirstName"), 75),
            str(QStringLiteral("preferredLastSurname"), 75), str(QStringLiteral("maidenName"), 75)};
}

ResourceSpec descriptorResource(const QString &descriptorName, int order)
{
    ResourceSpec r;
    r.name = descriptorName.left(1).toLower() + descriptorName.mid(1) + QLatin1Char('s');
    r.descriptorName = descriptorName;
    r.order = order;
    r.naturalKey = {QStringLiteral("namespace"), QStringLiteral("codeValue")};
    r.fields
        = {str(QStringLiteral("namespace"), 255, true),          str(QStringLiteral("codeValue"), 50, true),
           str(QStringLiteral("shortDescription"), 75, true),    str(QStringLiteral("description"), 1024),
           typed(QStringLiteral("effectiveBeginDate"), K::Date), typed(QStringLiteral("effectiveEndDate"), K::Date)};
    return r;
}

QList<ResourceSpec> build()
{
    QList<ResourceSpec> list;
    for (const QString &d : ResourceCatalog::descriptorNames())
        list.append(descriptorResource(d, 1));

    ResourceSpec lea;
    lea.name = kLeas;
    lea.order = 2;
    lea.naturalKey = {QStringLiteral("localEducationAgencyId")};
    lea.fields = {typed(QStringLiteral("localEducationAgencyId"), K::Integer, true),
                  desc(QStringLiteral("localEducationAgencyCategoryDescriptor"),
                       QStringLiteral("LocalEducationAgencyCategoryDescriptor"), true),
                  str(QStringLiteral("nameOfInstitution"), 75, true),
                  str(QStringLiteral("shortNameOfInstitution"), 75),
                  str(QStringLiteral("webSite"), 255),
                  collection(QStringLiteral("categories"),
                             {desc(QStringLiteral("educationOrganizationCategoryDescriptor"),
                                   QStringLiteral("EducationOrganizationCategoryDescriptor"), true)},
                             1),
                  addresses()};
    list.append(lea);

    ResourceSpec school;
    school.name = kSchools;
    school.order = 3;
    school.naturalKey = {QStringLiteral("schoolId")};
    school.fields
        = {typed(QStringLiteral("schoolId"), K::Integer, true),
           str(QStringLiteral("nameOfInstitution"), 75, true),
           str(QStringLiteral("shortNameOfInstitution"), 75),
           str(QStringLiteral("webSite"), 255),
           collection(QStringLiteral("educationOrganizationCategories"),
                      {desc(QStringLiteral("educationOrganizationCategoryDescriptor"),
                            QStringLiteral("EducationOrganizationCategoryDescriptor"), true)},
                      1),
           collection(QStringLiteral("gradeLevels"),
                      {desc(QStringLiteral("gradeLevelDescriptor"), QStringLiteral("GradeLevelDescriptor"), true)}, 1),
           ref(QStringLiteral("localEducationAgencyReference"), QStringLiteral("LocalEducationAgency"), {kLeas},
               typed(QStringLiteral("localEducationAgencyId"), K::Integer), false),
           addresses()};
    list.append(school);

    ResourceSpec student;
    student.name = QStringLiteral("students");
    student.order = 4;
    student.naturalKey = {QStringLiteral("studentUniqueId")};
    student.fields = {str(QStringLiteral("studentUniqueId"), 32, true)};
    student.fields += personNames();
    student.fields += {typed(QStringLiteral("birthDate"), K::Date, true), str(QStringLiteral("birthCity"), 30),
                       desc(QStringLiteral("birthSexDescriptor"), QStringLiteral("SexDescriptor")),
                       typed(QStringLiteral("multipleBirthStatus"), K::Boolean)};
    list.append(student);

    ResourceSpec staff;
    staff.name = QStringLiteral("staffs");
    staff.order = 4;
    staff.naturalKey = {QStringLiteral("staffUniqueId")};
    staff.fields = {str(QStringLiteral("staffUniqueId"), 32, true)};
    staff.fields += personNames();
    staff.fields += {typed(QStringLiteral("birthDate"), K::Date),
                     desc(QStringLiteral("sexDescriptor"), QStringLiteral("SexDescriptor")),
                     typed(QStringLiteral("hispanicLatinoEthnicity"), K::Boolean),
                     typed(QStringLiteral("highlyQualifiedTeacher"), K::Boolean),
                     typed(QStringLiteral("yearsOfPriorProfessionalExperience"), K::Number),
                     str(QStringLiteral("loginId"), 60)};
    list.append(staff);

    ResourceSpec ssa;
    ssa.name = QStringLiteral("studentSchoolAssociations");
    ssa.order = 5;
    ssa.naturalKey = {QStringLiteral("studentReference.studentUniqueId"), QStringLiteral("schoolReference.schoolId"),
                      QStringLiteral("entryDate")};
    ssa.fields = {studentRef(),
                  schoolRef(),
                  typed(QStringLiteral("entryDate"), K::Date, true),
                  desc(QStringLiteral("entryGradeLevelDescriptor"), QStringLiteral("GradeLevelDescriptor"), true),
                  desc(QStringLiteral("entryTypeDescriptor"), QStringLiteral("EntryTypeDescriptor")),
                  typed(QStringLiteral("exitWithdrawDate"), K::Date),
                  desc(QStringLiteral("exitWithdrawTypeDescriptor"), QStringLiteral("ExitWithdrawTypeDescriptor")),
                  typed(QStringLiteral("primarySchool"), K::Boolean),
                  typed(QStringLiteral("repeatGradeIndicator"), K::Boolean),
                  typed(QStringLiteral("schoolChoiceTransfer"), K::Boolean),
                  typed(QStringLiteral("fullTimeEquivalency"), K::Number)};
    list.append(ssa);

    ResourceSpec seoa;
    seoa.name = QStringLiteral("studentEducationOrganizationAssociations");
    seoa.order = 5;
    seoa.naturalKey = {QStringLiteral("studentReference.studentUniqueId"),
                       QStringLiteral("educationOrganizationReference.educationOrganizationId")};
    seoa.fields = {studentRef(),
                   edOrgRef(),
                   desc(QStringLiteral("sexDescriptor"), QStringLiteral("SexDescriptor"), true),
                   typed(QStringLiteral("hispanicLatinoEthnicity"), K::Boolean),
                   str(QStringLiteral("loginId"), 60),
                   collection(QStringLiteral("races"),
                              {desc(QStringLiteral("raceDescriptor"), QStringLiteral("RaceDescriptor"), true)}),
                   addresses()};
    list.append(seoa);

    ResourceSpec stsa;
    stsa.name = QStringLiteral("staffSchoolAssociations");
    stsa.order = 5;
    stsa.naturalKey = {QStringLiteral("staffReference.staffUniqueId"), QStringLiteral("schoolReference.schoolId"),
                       QStringLiteral("programAssignmentDescriptor")};
    stsa.fields
        = {staffRef(), schoolRef(),
           desc(QStringLiteral("programAssignmentDescriptor"), QStringLiteral("ProgramAssignmentDescriptor"), true),
           collection(QStringLiteral("gradeLevels"),
                      {desc(QStringLiteral("gradeLevelDescriptor"), QStringLiteral("GradeLevelDescriptor"), true)})};
    list.append(stsa);

    ResourceSpec seaa;
    seaa.name = QStringLiteral("staffEducationOrganizationAssignmentAssociations");
    seaa.order = 5;
    seaa.naturalKey = {QStringLiteral("staffReference.staffUniqueId"),
                       QStringLiteral("educationOrganizationReference.educationOrganizationId"),
                       QStringLiteral("staffClassificationDescriptor"), QStringLiteral("beginDate")};
    seaa.fields
        = {staffRef(),
           edOrgRef(),
           desc(QStringLiteral("staffClassificationDescriptor"), QStringLiteral("StaffClassificationDescriptor"), true),
           typed(QStringLiteral("beginDate"), K::Date, true),
           typed(QStringLiteral("endDate"), K::Date),
           str(QStringLiteral("positionTitle"), 100),
           typed(QStringLiteral("orderOfAssignment"), K::Integer)};
    list.append(seaa);
    return list;
}

} // namespace

const FieldSpec *ResourceSpec::field(const QString &n) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == n)
            return &f;
    }
    return nullptr;
}

const QList<ResourceSpec> &ResourceCatalog::all()
{
    static const QList<ResourceSpec> specs = build();
    return specs;
}

const ResourceSpec *ResourceCatalog::find(const QString &name)
{
    for (const ResourceSpec &r : all()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString ResourceCatalog::descriptorResource(const QString &descriptorName)
{
    return descriptorName.left(1).toLower() + descriptorName.mid(1) + QLatin1Char('s');
}

QStringList ResourceCatalog::descriptorNames()
{
    return {QStringLiteral("GradeLevelDescriptor"),
            QStringLiteral("SexDescriptor"),
            QStringLiteral("EntryTypeDescriptor"),
            QStringLiteral("ExitWithdrawTypeDescriptor"),
            QStringLiteral("StaffClassificationDescriptor"),
            QStringLiteral("ProgramAssignmentDescriptor"),
            QStringLiteral("EducationOrganizationCategoryDescriptor"),
            QStringLiteral("LocalEducationAgencyCategoryDescriptor"),
            QStringLiteral("RaceDescriptor"),
            QStringLiteral("AddressTypeDescriptor"),
            QStringLiteral("StateAbbreviationDescriptor")};
}
