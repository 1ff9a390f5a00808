namespace CoopSante.Platform.Audit;

/// <summary>
/// Every audited event, numbered in blocks per area (1xx identity, 2xx federation, 3xx membership,
/// 4xx compliance, 5xx telemedicine, 6xx health information, 9xx platform). Numbers are stored: never reuse one.
/// The platform's own types are the members below; a module declares its block's types in its
/// <see cref="Modules.AppModule.AuditEventTypes"/> and exposes them as static extension members
/// (<c>AuditEventType.MembersAdmitted</c>), so the stored int and the chain's canonical bytes stay the number.
/// </summary>
public enum AuditEventType
{
    SignedIn = 100,
    SignInFailed = 101,
    SignedOut = 102,
    LockedOut = 103,
    TwoFactorEnabled = 104,
    TwoFactorDisabled = 105,
    PasswordResetRequested = 106,
    PasswordReset = 107,
    InvitationSent = 108,
    InvitationAccepted = 109,
    RoleGranted = 110,
    RoleRevoked = 111,
    ApiKeyCreated = 120,
    ApiKeyRevoked = 121,
    ApiKeyRejected = 122,
    CoopSwitched = 130,
    CultureChanged = 131,

    HealthRecordRead = 600,
    HealthRecordCreated = 601,
    HealthRecordChanged = 602,
    HealthRecordExported = 603,
    HealthRecordCommunicated = 604,
    BreakTheGlass = 605,

    DataExported = 900,
    AuditChainVerified = 901,
    EmailQueued = 902,

    JobRunRequested = 910,
    FileUploaded = 920,
    FileDownloaded = 921,
    FileDeleted = 922,
    /// <summary>A record about a person was read (the access log, ADR 0020); health information reads use <see cref="HealthRecordRead"/>.</summary>
    RecordRead = 930,
    AuditorAssigned = 940,
    AuditorUnassigned = 941,
}
