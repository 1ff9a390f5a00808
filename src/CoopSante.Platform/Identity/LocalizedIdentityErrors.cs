using System.Globalization;
using CoopSante.Platform.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CoopSante.Platform.Identity;

/// <summary>Identity's own messages (password rules, expired links) in the person's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<PlatformText> t) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] args) =>
        new() { Code = code, Description = args.Length == 0 ? t["Identity." + code] : string.Format(CultureInfo.CurrentCulture, t["Identity." + code], args) };

    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
}
