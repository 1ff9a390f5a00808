using CoopSante.Platform.Errors;

namespace CoopSante.Membership.RegisterIo;

/// <summary>Failures of register export, import and the member portal; messages in RegisterIoText under the same keys.</summary>
internal static class RegisterIoErrors
{
    public static readonly ErrorCode FileRequired = new("RegisterIo.FileRequired");
    public static readonly ErrorCode FileUnreadable = new("RegisterIo.FileUnreadable");
    public static readonly ErrorCode FileTooLarge = new("RegisterIo.FileTooLarge");
    public static readonly ErrorCode TooManyColumns = new("RegisterIo.TooManyColumns");
    public static readonly ErrorCode TooManyCells = new("RegisterIo.TooManyCells");
    public static readonly ErrorCode EncodingInvalid = new("RegisterIo.EncodingInvalid");
    public static readonly ErrorCode FormatInvalid = new("RegisterIo.FormatInvalid");
    public static readonly ErrorCode MappingInvalid = new("RegisterIo.MappingInvalid");
    public static readonly ErrorCode MappingMissingField = new("RegisterIo.MappingMissingField");
    public static readonly ErrorCode ImportHasErrors = new("RegisterIo.ImportHasErrors", ErrorKind.Unprocessable);
    public static readonly ErrorCode RowError = new("RegisterIo.RowError", ErrorKind.Unprocessable);
    public static readonly ErrorCode MemberNumberDuplicateInFile = new("RegisterIo.MemberNumberDuplicateInFile");
    public static readonly ErrorCode MemberNumberTaken = new("RegisterIo.MemberNumberTaken");
    public static readonly ErrorCode NumberInvalid = new("RegisterIo.NumberInvalid");
    public static readonly ErrorCode DateInvalid = new("RegisterIo.DateInvalid");
    public static readonly ErrorCode SharesNegative = new("RegisterIo.SharesNegative");
    public static readonly ErrorCode CategoryUnknown = new("RegisterIo.CategoryUnknown");
    public static readonly ErrorCode StatusUnknown = new("RegisterIo.StatusUnknown");
    public static readonly ErrorCode IdempotencyKeyRequired = new("RegisterIo.IdempotencyKeyRequired");
    public static readonly ErrorCode IdempotencyKeyReused = new("RegisterIo.IdempotencyKeyReused", ErrorKind.Unprocessable);
    public static readonly ErrorCode ImportInProgress = new("RegisterIo.ImportInProgress", ErrorKind.Conflict);
    public static readonly ErrorCode PortalMemberNotFound = new("RegisterIo.PortalMemberNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode ConsentNotFound = new("RegisterIo.ConsentNotFound", ErrorKind.NotFound);
    public static readonly ErrorCode ConsentAlreadyWithdrawn = new("RegisterIo.ConsentAlreadyWithdrawn", ErrorKind.Conflict);
}
