using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Demo;

/// <summary>A module's part of the demo federation. Seeders run in <see cref="Order"/>, only in demo mode, once.</summary>
public interface IDemoSeeder
{
    int Order { get; }
    /// <summary>Seeds when its data is absent; does nothing when it is already there.</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>Fixed ids of the demo federation, shared by the modules' seeders (the demo accounts point at them).</summary>
public static class DemoIds
{
    public static readonly Guid Contrecoeur = new("0c000000-0000-4000-8000-000000000001");
    public static readonly Guid LeRocher = new("0c000000-0000-4000-8000-000000000002");
    public static readonly Guid SaintHubert = new("0c000000-0000-4000-8000-000000000003");
    public static readonly Guid IciSante = new("0c000000-0000-4000-8000-000000000004");
    public static readonly Guid Montreal = new("0c000000-0000-4000-8000-000000000005");
    public static readonly Guid ValMorin = new("0c000000-0000-4000-8000-000000000006");

    /// <summary>The demo sign-ins, one per role (DESIGN.md), all with <see cref="DemoOptions.Password"/>; fictitious people with Québec names (greeted by name).</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("federation@demo.coopsante.ca", "Hélène Gagnon", Role.FederationAdmin, null),
        new("audit@demo.coopsante.ca", "Marc-André Roy", Role.FederationAuditor, null),
        new("gestion@contrecoeur.demo.coopsante.ca", "Geneviève Bouchard", Role.CoopAdmin, Contrecoeur),
        new("accueil@contrecoeur.demo.coopsante.ca", "Mathieu Pelletier", Role.CoopStaff, Contrecoeur),
        new("clinique@contrecoeur.demo.coopsante.ca", "Julie Fortin", Role.Clinician, Contrecoeur),
        new("membre@contrecoeur.demo.coopsante.ca", "Sophie Gauthier", Role.Member, Contrecoeur),
    ];
}

public sealed record DemoAccount(string Email, string DisplayName, Role Role, Guid? CoopId);

public static class DemoSeeding
{
    public static async Task SeedDemoAsync(this IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        var demo = services.GetRequiredService<DemoOptions>();
        if (!demo.Enabled) return;
        await using var scope = services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(scope.ServiceProvider, ct);
        LogDemo(logger, DemoOptions.Password, DemoOptions.TotpSecret);
        foreach (var a in DemoIds.Accounts) LogAccount(logger, a.Role.ToString(), a.Email);
    }

    private static void LogDemo(ILogger logger, string password, string totp) =>
        logger.LogInformation("Mode démo / demo mode — mot de passe / password: {Password} — TOTP: {Totp}", password, totp);

    private static void LogAccount(ILogger logger, string role, string email) =>
        logger.LogInformation("  {Role,-18} {Email}", role, email);
}
