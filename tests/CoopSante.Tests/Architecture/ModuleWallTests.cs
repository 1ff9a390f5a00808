using System.Reflection;
using NetArchTest.Rules;

namespace CoopSante.Tests.Architecture;

/// <summary>
/// Modules talk through their <c>.Contracts</c> assemblies only; the platform knows no module and no contract. Each
/// rule reads the assembly references AND the types each type uses (NetArchTest), not names alone.
/// </summary>
public sealed class ModuleWallTests
{
    private static readonly string[] Modules = ["CoopSante.Federation", "CoopSante.Membership", "CoopSante.Telemedicine", "CoopSante.Compliance"];
    private static readonly string[] Contracts = ["CoopSante.Federation.Contracts", "CoopSante.Membership.Contracts", "CoopSante.Telemedicine.Contracts", "CoopSante.Compliance.Contracts"];

    private static Assembly Load(string name) => AppDomain.CurrentDomain.Load(name);

    /// <summary>Full names of every type an assembly defines: depending on any of them is depending on the assembly.</summary>
    private static string[] TypesOf(string assembly) => Load(assembly).GetTypes().Select(t => t.FullName!).Where(n => !n.StartsWith('<')).ToArray();

    private static List<string?> CoopSanteReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("CoopSante.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void The_platform_references_no_module_and_no_contracts()
    {
        var platform = typeof(CoopSante.Platform.PlatformModule).Assembly;
        Assert.Empty(CoopSanteReferences(platform));
        var result = Types.InAssembly(platform).ShouldNot().HaveDependencyOnAny([.. Modules, .. Contracts]).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [InlineData("CoopSante.Federation")]
    [InlineData("CoopSante.Membership")]
    [InlineData("CoopSante.Telemedicine")]
    [InlineData("CoopSante.Compliance")]
    public void A_module_references_another_module_only_through_its_contracts(string module)
    {
        var assembly = Load(module);
        var allowed = Contracts.Append("CoopSante.Platform").ToHashSet(StringComparer.Ordinal);
        Assert.All(CoopSanteReferences(assembly), r => Assert.Contains(r!, allowed));

        foreach (var other in Modules.Where(m => m != module))
        {
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(TypesOf(other)).GetResult();
            Assert.True(result.IsSuccessful, $"{module} uses {other}'s types: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void Membership_reads_the_coop_registry_through_federation_contracts()
    {
        // Proves the rule above can see a real cross-module dependency: this one is allowed, and it is there.
        Assert.Contains("CoopSante.Federation.Contracts", CoopSanteReferences(Load("CoopSante.Membership")));
        var users = Types.InAssembly(Load("CoopSante.Membership")).That().HaveDependencyOn("CoopSante.Federation.Contracts.ICoopRegistry").GetTypes();
        Assert.NotEmpty(users);
    }

    [Theory]
    [InlineData("CoopSante.Federation.Contracts")]
    [InlineData("CoopSante.Membership.Contracts")]
    [InlineData("CoopSante.Telemedicine.Contracts")]
    [InlineData("CoopSante.Compliance.Contracts")]
    public void A_contracts_assembly_holds_only_interfaces_records_and_enums_and_no_ef(string contracts)
    {
        var assembly = Load(contracts);
        Assert.Empty(CoopSanteReferences(assembly));
        Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var ef = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore").GetResult();
        Assert.True(ef.IsSuccessful, string.Join(", ", ef.FailingTypeNames ?? []));

        var types = assembly.GetTypes().Where(t => !t.Name.StartsWith('<') && !t.IsNested).ToList();
        Assert.NotEmpty(types);
        var behaviour = types.Where(t => !(t.IsInterface || t.IsEnum || IsRecord(t))).Select(t => t.FullName).ToList();
        Assert.True(behaviour.Count == 0, $"Not an interface, record or enum: {string.Join(", ", behaviour)}");
        Assert.All(types, t => Assert.True(t.IsPublic, $"{t.FullName} is a contract and must be public"));
    }

    /// <summary>The compiler gives every record a <c>&lt;Clone&gt;$</c> method; no hand-written class has one.</summary>
    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    [Theory]
    [InlineData("CoopSante.Federation")]
    [InlineData("CoopSante.Membership")]
    [InlineData("CoopSante.Telemedicine")]
    [InlineData("CoopSante.Compliance")]
    public void A_modules_public_surface_is_its_razor_components_and_what_they_expose(string module)
    {
        // Internal by default: Blazor's router reads exported types, so pages stay public, and the host lists the module's
        // descriptor; nothing else should.
        var exposedByComponents = new HashSet<string>(StringComparer.Ordinal)
        {
            "CoopSante.Membership.Common.MembershipPage", "CoopSante.Membership.Applications.IdentityForm", "CoopSante.Membership.Applications.GuardianForm",
            "CoopSante.Membership.Model.MemberCategory", "CoopSante.Membership.Model.MemberKind",
            // The module descriptor the host lists (ADR 0011).
            "CoopSante.Federation.FederationModule", "CoopSante.Membership.MembershipModule", "CoopSante.Telemedicine.TelemedicineModule", "CoopSante.Compliance.ComplianceModule",
        };
        var component = typeof(Microsoft.AspNetCore.Components.IComponent);
        var unexpected = Load(module).GetExportedTypes()
            .Where(t => !component.IsAssignableFrom(t) && t.Name != "_Imports" && !exposedByComponents.Contains(t.FullName!) && !(t.Namespace?.EndsWith(".Migrations", StringComparison.Ordinal) ?? false)
                && !(t.Namespace?.Contains(".Migrations.", StringComparison.Ordinal) ?? false))
            .Select(t => t.FullName).ToList();
        Assert.True(unexpected.Count == 0, $"Public but not a component: {string.Join(", ", unexpected)}");
    }
}

/// <summary>
/// DESIGN.md rule 1: access to insured care never depends on membership or payment. The Care module must not
/// reference Membership or Telemedicine, nor their contracts, in its assembly references or in any type it uses.
/// </summary>
public sealed class CareIndependenceTests
{
    private static readonly string[] Forbidden =
        ["CoopSante.Membership", "CoopSante.Membership.Contracts", "CoopSante.Telemedicine", "CoopSante.Telemedicine.Contracts"];

    [Fact]
    public void Care_references_neither_membership_nor_telemedicine_nor_their_contracts()
    {
        var care = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "CoopSante.Care")
            ?? TryLoad("CoopSante.Care");
        if (care is null)
        {
            Assert.Skip("The Care module does not exist yet; this rule applies from its first commit.");
        }
        var names = care.GetReferencedAssemblies().Select(a => a.Name).ToList();
        foreach (var forbidden in Forbidden) Assert.DoesNotContain(forbidden, names);
        // Namespace prefixes: "CoopSante.Membership" also covers "CoopSante.Membership.Contracts".
        var result = Types.InAssembly(care).ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static Assembly? TryLoad(string name)
    {
        try { return AppDomain.CurrentDomain.Load(name); }
        catch (FileNotFoundException) { return null; }
    }
}
