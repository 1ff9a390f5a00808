using CoopSante.Federation;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Identity.ApiKeys;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>Issue 16: the host lists its modules once; everything a module contributes comes through its descriptor.</summary>
public sealed class ModuleDescriptorTests(AppFixture app)
{
    [Fact]
    public void The_host_registers_every_module_through_its_descriptor()
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        Assert.Equal(["Federation", "Membership", "Telemedicine", "Compliance"], catalog.Modules.Select(m => m.Name));
        Assert.Equal([typeof(CoopSante.Platform.PlatformModule).Assembly, typeof(FederationModule).Assembly, typeof(MembershipModule).Assembly,
            typeof(CoopSante.Telemedicine.TelemedicineModule).Assembly, typeof(CoopSante.Compliance.ComplianceModule).Assembly],
            catalog.PageAssemblies);
    }

    [Fact]
    public void Each_modules_nav_items_seeders_and_database_come_from_its_descriptor()
    {
        var navItems = app.Services.GetServices<NavItem>().ToList();
        using var scope = app.Services.CreateScope();
        var seeders = scope.ServiceProvider.GetServices<IDemoSeeder>().Select(s => s.GetType()).ToList();
        var databases = app.Services.GetServices<IModuleDatabase>().ToList();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            Assert.NotEmpty(module.NavItems);
            Assert.All(module.NavItems, item => Assert.Contains(item, navItems));
            Assert.NotEmpty(module.DemoSeeders);
            Assert.All(module.DemoSeeders, seeder => Assert.Contains(seeder, seeders));
            Assert.NotNull(module.Database);
            Assert.NotNull(scope.ServiceProvider.GetService(module.Database.Context));
        }
        Assert.Contains(navItems, n => n.Href == "/membres");
        Assert.Contains(navItems, n => n.Href == "/federation/coops");
        Assert.True(databases.Count >= 3, "platform, federation and membership databases migrate");
    }

    [Fact]
    public void Module_audit_event_types_keep_their_stored_numbers_and_come_with_localized_labels()
    {
        var types = app.Services.GetRequiredService<AuditEventTypes>();
        var localizers = app.Services.GetRequiredService<IStringLocalizerFactory>();
        // The stored int (and the chain's canonical bytes) did not move when the types left the platform's enum.
        Assert.Equal(201, (int)AuditEventType.CoopUpdated);
        Assert.Equal(302, (int)AuditEventType.MembersAdmitted);
        Assert.Equal(370, (int)AuditEventType.PersonalDataExported);
        Assert.False(Enum.IsDefined(AuditEventType.MembersAdmitted), "a module's type is not a platform enum member");
        Assert.True(types.IsKnown(AuditEventType.MembersAdmitted));
        Assert.Equal("MembersAdmitted", types.NameOf(AuditEventType.MembersAdmitted));
        Assert.Equal("SignedIn", types.NameOf(AuditEventType.SignedIn));
        Assert.False(types.IsKnown((AuditEventType)99999));

        var federation = app.Services.GetRequiredService<ModuleCatalog>().Modules.OfType<FederationModule>().Single();
        Assert.Contains(federation.AuditEventTypes, t => t.Type == AuditEventType.CoopUpdated);
        Assert.All(types.All, t => Assert.InRange(types.LabelOf(t.Type, localizers).Length, 1, 100));
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fr-CA");
            Assert.Equal("Membres admis", types.LabelOf(AuditEventType.MembersAdmitted, localizers));
            Assert.Equal("Coopérative modifiée", types.LabelOf("CoopUpdated", localizers));
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en-CA");
            Assert.Equal("Members admitted", types.LabelOf(AuditEventType.MembersAdmitted, localizers));
            Assert.Equal("Signed in", types.LabelOf(AuditEventType.SignedIn, localizers));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void Api_scopes_are_the_platforms_and_those_the_modules_declare()
    {
        var scopes = app.Services.GetRequiredService<ApiScopeCatalog>();
        Assert.Equal(["directory:read", "members:read", "ops:metrics", "roster:read", "telemedicine:roster"], scopes.All);
        var membership = app.Services.GetRequiredService<ModuleCatalog>().Modules.OfType<MembershipModule>().Single();
        Assert.Contains("members:read", membership.ApiScopes);
        Assert.DoesNotContain("members:read", ApiScopes.Platform);
    }
}
