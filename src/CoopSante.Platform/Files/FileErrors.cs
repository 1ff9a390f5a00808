using CoopSante.Platform.Errors;

namespace CoopSante.Platform.Files;

/// <summary>Failures of the file store; messages in VaultText.resx.</summary>
public static class FileErrors
{
    public static readonly ErrorCode FileRequired = new("Files.FileRequired");
    public static readonly ErrorCode UnknownUse = new("Files.UnknownUse");
    public static readonly ErrorCode TooLarge = new("Files.TooLarge", ErrorKind.Unprocessable);
    public static readonly ErrorCode TypeNotAllowed = new("Files.TypeNotAllowed", ErrorKind.Unprocessable);
    public static readonly ErrorCode Executable = new("Files.Executable", ErrorKind.Unprocessable);
}
