namespace CoopSante.Platform.Errors;

/// <summary>Failures raised by the platform itself.</summary>
public static class PlatformErrors
{
    public static readonly ErrorCode MalformedRequest = new("Platform.MalformedRequest");
    public static readonly ErrorCode Required = new("Platform.Required");
    public static readonly ErrorCode TooLong = new("Platform.TooLong");
    public static readonly ErrorCode InvalidEmail = new("Platform.InvalidEmail");
    public static readonly ErrorCode InvalidValue = new("Platform.InvalidValue");
    public static readonly ErrorCode InvalidPage = new("Platform.InvalidPage");
    public static readonly ErrorCode StaleVersion = new("Platform.StaleVersion", ErrorKind.Conflict);
    public static readonly ErrorCode NotFound = new("Platform.NotFound", ErrorKind.NotFound);
    public static readonly ErrorCode Unauthorized = new("Platform.Unauthorized", ErrorKind.Unauthorized);
    public static readonly ErrorCode Forbidden = new("Platform.Forbidden", ErrorKind.Forbidden);
    public static readonly ErrorCode TwoFactorRequired = new("Platform.TwoFactorRequired", ErrorKind.Forbidden);
    public static readonly ErrorCode TooManyRequests = new("Platform.TooManyRequests", ErrorKind.TooManyRequests);
    public static readonly ErrorCode Unexpected = new("Platform.Unexpected");
}
