using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security.Rules;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoopSante.Membership.Common;

/// <summary>
/// Base of the register's screens: one DbContext per operation, the same feature code as the API, and
/// failures shown beside their field in the person's language.
/// </summary>
public abstract class MembershipPage : ComponentBase
{
    [Inject] private protected IDbContextFactory<MembershipDbContext> Contexts { get; set; } = null!;
    [Inject] private protected IAuditTrail Audit { get; set; } = null!;
    [Inject] private protected TimeProvider Clock { get; set; } = null!;
    [Inject] private protected ICurrentUser CurrentUser { get; set; } = null!;
    [Inject] private protected ErrorMessages Messages { get; set; } = null!;
    [Inject] private protected IStringLocalizer<MembershipText> T { get; set; } = null!;

    private protected Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);
    private protected string? GeneralError { get; set; }

    private protected Guid? CoopId => CurrentUser.ActiveCoopId;
    private protected bool CanManage => CoopAccessDecision.AllowsInActiveCoop(CurrentUser, MembershipPolicies.ManageRegister);
    private protected bool CanDecide => CoopAccessDecision.AllowsInActiveCoop(CurrentUser, MembershipPolicies.RecordBoardDecisions);

    private protected string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);
    private protected bool HasError(string field) => FieldErrors.ContainsKey(field);

    /// <summary>Runs a feature on a fresh context; on a domain failure, fills the field errors and returns false.</summary>
    private protected async Task<bool> RunAsync(Func<MembershipDbContext, Task> work)
    {
        FieldErrors.Clear();
        GeneralError = null;
        try
        {
            await using var db = await Contexts.CreateDbContextAsync();
            await work(db);
            return true;
        }
        catch (DomainException e)
        {
            foreach (var f in e.Failures)
            {
                var message = Messages.For(f);
                if (f.Field is { } field && !FieldErrors.ContainsKey(field)) FieldErrors[field] = message;
                else GeneralError ??= message;
            }
            GeneralError ??= e.Failures.Any(f => f.Field is null) ? Messages.For(e.Failures[0]) : null;
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            GeneralError = Messages.For(PlatformErrors.StaleVersion);
            return false;
        }
    }



    private protected static string Money(decimal value) => CoopSante.Platform.Localization.Formats.Money(value);
    private protected static string Date(DateOnly? value) => value is { } day ? CoopSante.Platform.Localization.Formats.Date(day) : "";
}
