using CoopSante.Compliance.Resources;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopSante.Compliance.Campaigns.Screens;

/// <summary>
/// Base of the campaign screens: each operation runs the same feature code as the API in a fresh scope, acting as the
/// circuit's person in the coop of the screen once the same coop rule as the endpoint allowed it; failures show in the
/// person's language beside their field.
/// </summary>
public abstract class CampaignScreen : ComponentBase
{
    [Inject] private protected IServiceScopeFactory Scopes { get; set; } = null!;
    [Inject] private protected ICurrentUser User { get; set; } = null!;
    [Inject] private protected CircuitUser Circuit { get; set; } = null!;
    [Inject] private protected IAuthorizationService Authorization { get; set; } = null!;
    [Inject] private protected ErrorMessages Messages { get; set; } = null!;
    [Inject] private protected IStringLocalizer<CampaignText> T { get; set; } = null!;
    [Inject] private protected TimeProvider Clock { get; set; } = null!;

    private protected Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);
    private protected string? GeneralError { get; set; }

    private protected string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    private protected async Task<bool> AllowedAsync(Guid coopId, string policy) =>
        (await Authorization.AuthorizeAsync(User.Principal, coopId, policy)).Succeeded;

    /// <summary>Runs <paramref name="work"/> acting in <paramref name="coopId"/> (or the active coop); false, with the errors shown, on a refusal.</summary>
    private protected async Task<(bool Ok, T? Value)> RunAsync<T>(Guid? coopId, Func<IServiceProvider, Task<T>> work)
    {
        FieldErrors.Clear();
        GeneralError = null;
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
            current.Set(User.Principal, User.IpAddress);
            current.ActIn(coopId ?? User.ActiveCoopId);
            return (true, await work(scope.ServiceProvider));
        }
        catch (DomainException e)
        {
            foreach (var f in e.Failures)
            {
                var message = Messages.For(f);
                if (f.Field is { } field) FieldErrors.TryAdd(field, message);
                GeneralError ??= message;
            }
            return (false, default);
        }
        catch (DbUpdateConcurrencyException)
        {
            GeneralError = Messages.For(PlatformErrors.StaleVersion);
            return (false, default);
        }
    }

    private protected async Task<bool> RunAsync(Guid? coopId, Func<IServiceProvider, Task> work) =>
        (await RunAsync<bool>(coopId, async sp => { await work(sp); return true; })).Ok;

    private protected static string Percent(decimal? value) => Reports.CampaignReports.Percent(value, System.Globalization.CultureInfo.CurrentCulture);

    private protected static string Date(DateOnly value) => CoopSante.Platform.Localization.Formats.Date(value);

    /// <summary>The language of documents the person downloads: theirs.</summary>
    private protected static string Lang => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";

    /// <summary>The campaigns' path in the reader's language: links keep an English reader on the English pages.</summary>
    private protected static string Root => Lang == "en" ? "/conformity" : "/conformite";
}
