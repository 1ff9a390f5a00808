using CoopSante.Compliance.Frameworks;

namespace CoopSante.Compliance.Demo;

/// <summary>
/// The example framework: about twenty recommendations drawn from public law (Loi sur les coopératives, Law 25, the Act
/// respecting health and social services information, the RAMQ's rule on insured services). It is NOT the federation's
/// Cadre de référence, whose 48 recommendations are not public: every screen labels it as an example to replace.
/// </summary>
internal static class ExampleFramework
{
    public const string Name = "Exemple — à remplacer par le Cadre de référence officiel";

    internal sealed record Rec(string Code, int Criticality, ApplicabilityKind Kind, int? Parameter, string TitleFr, string TitleEn,
        string StatementFr, string StatementEn, string? Legal, string? EvidenceFr, string? EvidenceEn);

    internal sealed record Sec(string TitleFr, string TitleEn, Rec[] Recommendations);

    public static readonly Sec[] Version1 =
    [
        new("Accès aux soins", "Access to care",
        [
            new("ACC-01", 3, ApplicabilityKind.Always, null, "Soins jamais liés à l'adhésion", "Care never tied to membership",
                "L'accès à un médecin ou à un service assuré **ne dépend jamais** de l'adhésion à la coopérative ni du paiement d'une cotisation.",
                "Access to a physician or an insured service **never depends** on membership in the coop or on paying a contribution.",
                "Loi sur l'assurance maladie (RLRQ c. A-29), art. 22", "Politique d'accès; affichage à l'accueil; scénario de prise de rendez-vous d'un non-membre.",
                "Access policy; notice at reception; booking walkthrough for a non-member."),
            new("ACC-02", 3, ApplicabilityKind.Always, null, "Cotisation annuelle réservée aux services non assurés", "Annual contribution only for non-insured services",
                "La cotisation annuelle des membres finance des services non assurés et n'est jamais une condition pour recevoir un service assuré.",
                "Members' annual contribution finances non-insured services and is never a condition for receiving an insured service.",
                "Loi sur l'assurance maladie, art. 22", "Règlement sur la cotisation; communications aux membres.", "Contribution by-law; communications to members."),
            new("ACC-03", 2, ApplicabilityKind.HasClinic, null, "Prise de rendez-vous ouverte aux non-membres", "Booking open to non-members",
                "Le système de rendez-vous de la clinique accepte les patients qui ne sont pas membres, sans priorité accordée aux membres pour les services assurés.",
                "The clinic's booking system accepts patients who are not members, with no priority for members for insured services.",
                null, "Statistiques de rendez-vous des non-membres.", "Booking statistics for non-members."),
        ]),
        new("Gouvernance coopérative", "Cooperative governance",
        [
            new("GOV-01", 3, ApplicabilityKind.Always, null, "Registre des membres tenu à jour", "Register of members kept up to date",
                "La coopérative tient le registre prévu par la loi : règlements, administrateurs, procès-verbaux, membres, parts souscrites, remboursements et transferts.",
                "The coop keeps the register the Act requires: by-laws, directors, minutes, members, shares subscribed, refunds and transfers.",
                "Loi sur les coopératives (RLRQ c. C-67.2), art. 124", "Extrait du registre; date de la dernière mise à jour.", "Register extract; date of the last update."),
            new("GOV-02", 3, ApplicabilityKind.Always, null, "Assemblée annuelle dans les 6 mois", "AGM within 6 months",
                "L'assemblée générale annuelle est tenue dans les six mois suivant la fin de l'exercice financier.",
                "The annual general meeting is held within six months of the end of the fiscal year.",
                "Loi sur les coopératives, art. 76", "Avis de convocation et procès-verbal de la dernière assemblée.", "Notice and minutes of the last AGM."),
            new("GOV-03", 2, ApplicabilityKind.Always, null, "Rapport annuel transmis dans les 30 jours", "Annual report sent within 30 days",
                "Le rapport annuel, approuvé par le conseil et attesté par deux administrateurs, est transmis au ministre dans les 30 jours suivant l'assemblée annuelle.",
                "The annual report, approved by the board and attested by two directors, is sent to the minister within 30 days of the AGM.",
                "Loi sur les coopératives, art. 133 et 134", "Accusé de réception du ministère.", "Ministry acknowledgement of receipt."),
            new("GOV-04", 3, ApplicabilityKind.Always, null, "Membres de soutien : au plus le tiers du conseil", "Supporting members: at most one third of the board",
                "Les membres de soutien occupent au plus le tiers des sièges du conseil d'administration, comptés sur l'ensemble du conseil.",
                "Supporting members hold at most one third of the board's seats, counted over the whole board.",
                "Loi sur les coopératives (coopératives de solidarité)", "Liste des administrateurs avec leur catégorie.", "List of directors with their category."),
            new("GOV-05", 2, ApplicabilityKind.Always, null, "Un membre, un vote", "One member, one vote",
                "Chaque membre dispose d'une seule voix aux assemblées, sans vote par procuration.",
                "Each member has one vote at meetings, with no voting by proxy.",
                "Loi sur les coopératives, art. 4", "Règles de vote de la dernière assemblée.", "Voting rules of the last meeting."),
            new("GOV-06", 2, ApplicabilityKind.Always, null, "Remboursement des parts encadré", "Share refunds governed",
                "Les parts ne sont remboursées que si la coopérative n'est pas et ne deviendrait pas insolvable, et si le conseil juge que sa stabilité financière n'en souffre pas.",
                "Shares are refunded only if the coop is not and would not become insolvent, and if the board judges its financial stability unharmed.",
                "Loi sur les coopératives, art. 38", "Résolutions du conseil sur les remboursements.", "Board resolutions on refunds."),
            new("GOV-07", 1, ApplicabilityKind.Always, null, "Procédure d'exclusion équitable", "Fair exclusion procedure",
                "Un membre visé par une exclusion reçoit un avis écrit des motifs, peut être entendu, et reçoit la décision motivée dans les 15 jours.",
                "A member facing exclusion receives written notice of the grounds, may be heard, and receives the reasoned decision within 15 days.",
                "Loi sur les coopératives, art. 57 et 58", null, null),
            new("GOV-08", 1, ApplicabilityKind.MoreMembersThan, 2000, "Assemblée extraordinaire à la demande des membres", "Special meeting on members' demand",
                "La coopérative convoque une assemblée extraordinaire lorsque 500 membres le demandent par écrit.",
                "The coop calls a special meeting when 500 members ask for it in writing.",
                "Loi sur les coopératives, art. 77", null, null),
        ]),
        new("Protection des renseignements personnels (Loi 25)", "Protection of personal information (Law 25)",
        [
            new("PRV-01", 3, ApplicabilityKind.Always, null, "Responsable de la protection des renseignements personnels", "Person in charge of personal information",
                "La coopérative désigne la personne responsable de la protection des renseignements personnels et publie son titre et ses coordonnées.",
                "The coop designates the person in charge of the protection of personal information and publishes their title and contact details.",
                "Loi sur la protection des renseignements personnels dans le secteur privé, art. 3.1", "Résolution de désignation; page publique.", "Designation resolution; public page."),
            new("PRV-02", 3, ApplicabilityKind.Always, null, "Registre des incidents de confidentialité", "Confidentiality incident register",
                "Chaque incident de confidentialité est inscrit au registre, évalué (risque de préjudice sérieux) et, s'il y a lieu, déclaré à la CAI et aux personnes; le registre est conservé au moins 5 ans.",
                "Every confidentiality incident is recorded, assessed (risk of serious injury) and, where required, reported to the CAI and to the people concerned; the register is kept at least 5 years.",
                "Loi sur le secteur privé, art. 3.5 à 3.8", "Registre des incidents; date de la dernière revue.", "Incident register; date of the last review."),
            new("PRV-03", 2, ApplicabilityKind.Always, null, "Évaluations des facteurs relatifs à la vie privée", "Privacy impact assessments",
                "Tout projet de système d'information ou de prestation électronique de services traitant des renseignements personnels fait l'objet d'une évaluation des facteurs relatifs à la vie privée.",
                "Every information-system or electronic-service project handling personal information gets a privacy impact assessment.",
                "Loi sur le secteur privé, art. 3.3", "Liste des évaluations réalisées.", "List of assessments carried out."),
            new("PRV-04", 2, ApplicabilityKind.Always, null, "Consentement précis pour les usages facultatifs", "Specific consent for optional uses",
                "Le registre est tenu parce que la loi l'exige; seuls les usages facultatifs (courriel, infolettre) reposent sur un consentement précis et consigné.",
                "The register is kept because the Act requires it; only optional uses (e-mail, newsletter) rest on specific, recorded consent.",
                "Loi sur le secteur privé, art. 14", null, null),
            new("PRV-05", 2, ApplicabilityKind.Always, null, "Droit d'accès et portabilité", "Right of access and portability",
                "Une personne obtient ses renseignements dans un format structuré et couramment utilisé, dans les délais prévus.",
                "A person obtains their information in a structured, commonly used format within the time limits.",
                "Loi sur le secteur privé, art. 27", null, null),
        ]),
        new("Information de santé", "Health information",
        [
            new("SAN-01", 3, ApplicabilityKind.HasClinic, null, "Journal des accès aux renseignements de santé", "Health-information access log",
                "Chaque consultation, utilisation ou communication d'un renseignement de santé est journalisée (qui, quoi, quand, pourquoi) et la personne peut consulter qui a accédé à son dossier.",
                "Every access to, use or communication of health information is logged (who, what, when, why) and the person can see who accessed their record.",
                "Loi sur les renseignements de santé et de services sociaux (2024)", "Extrait du journal; procédure de consultation par le patient.", "Log extract; patient access procedure."),
            new("SAN-02", 3, ApplicabilityKind.HasClinic, null, "Conservation des dossiers", "Record retention",
                "Les dossiers médicaux sont conservés au moins 10 ans après la dernière inscription.",
                "Medical records are kept at least 10 years after the last entry.",
                "Règlement du Collège des médecins sur les dossiers", "Politique de conservation et de destruction.", "Retention and destruction policy."),
            new("SAN-03", 2, ApplicabilityKind.HasClinic, null, "Restrictions d'accès respectées", "Access restrictions honoured",
                "Une personne peut restreindre l'accès d'un intervenant à ses renseignements; l'accès d'urgence exige un motif consigné.",
                "A person may restrict a practitioner's access to their information; emergency access requires a recorded reason.",
                "Loi sur les renseignements de santé et de services sociaux", null, null),
            new("SAN-04", 2, ApplicabilityKind.Always, null, "Double authentification du personnel", "Two-factor sign-in for staff",
                "Le personnel qui peut lire des renseignements de santé se connecte avec une authentification à deux facteurs.",
                "Staff who can read health information sign in with two-factor authentication.",
                null, null, null),
        ]),
        new("Télémédecine", "Telemedicine",
        [
            new("TEL-01", 2, ApplicabilityKind.OffersTelemedicine, null, "Consentement à la télémédecine", "Telemedicine consent",
                "Le membre qui s'inscrit au programme de télémédecine consent de façon éclairée à la communication de ses renseignements au fournisseur.",
                "A member who enrols in the telemedicine program gives informed consent to the communication of their information to the provider.",
                "Loi sur le secteur privé, art. 14", "Formulaire d'inscription et de consentement.", "Enrolment and consent form."),
            new("TEL-02", 3, ApplicabilityKind.OffersTelemedicine, null, "Liste du fournisseur sans numéro d'assurance maladie", "Provider roster without health card number",
                "La liste des personnes admissibles transmise au fournisseur ne contient jamais le numéro d'assurance maladie.",
                "The roster of eligible people sent to the provider never contains the health card number.",
                null, "Exemple de fichier de liste transmis.", "Sample roster file sent."),
            new("TEL-03", 2, ApplicabilityKind.OffersTelemedicine, null, "Débits préautorisés conformes", "Compliant pre-authorized debits",
                "Chaque débit préautorisé repose sur une convention signée, précédée d'un préavis du montant et de la date au moins 10 jours avant.",
                "Each pre-authorized debit rests on a signed agreement, preceded by notice of the amount and date at least 10 days ahead.",
                "Paiements Canada, règle H1", null, null),
        ]),
    ];
}
