using CoopSante.Platform.Audit;
using CoopSante.Platform.Identity.ApiKeys;

namespace CoopSante.Tests.Platform;

/// <summary>Modules declare audit event types and API scopes; a number, name or scope declared twice stops the host.</summary>
public sealed class ModuleDeclarationTests
{
    private sealed class Labels;

    [Fact]
    public void A_module_audit_type_reusing_a_platform_number_is_refused()
    {
        var clash = new AuditEventTypeInfo((AuditEventType)(int)AuditEventType.SignedIn, "Clash", typeof(Labels));
        Assert.Throws<InvalidOperationException>(() => new AuditEventTypes([clash]));
    }

    [Fact]
    public void A_module_audit_type_reusing_a_name_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new AuditEventTypes([new((AuditEventType)499, "SignedIn", typeof(Labels))]));
        Assert.Throws<InvalidOperationException>(() => new AuditEventTypes([new((AuditEventType)498, "Same", typeof(Labels)), new((AuditEventType)499, "Same", typeof(Labels))]));
    }

    [Fact]
    public void Declared_audit_types_are_known_by_number_and_name()
    {
        var types = new AuditEventTypes([new((AuditEventType)499, "ThingDone", typeof(Labels))]);
        Assert.True(types.IsKnown((AuditEventType)499));
        Assert.Equal("ThingDone", types.NameOf((AuditEventType)499));
        Assert.Equal("498", types.NameOf((AuditEventType)498));
        Assert.Contains(types.All, t => t.Number == 499);
        Assert.Equal(types.All.OrderBy(t => t.Number).Select(t => t.Number), types.All.Select(t => t.Number));
    }

    [Fact]
    public void Api_scopes_are_the_platforms_plus_the_declared_ones_each_once()
    {
        var catalog = new ApiScopeCatalog([new("members:read")]);
        Assert.True(catalog.Contains("members:read"));
        Assert.True(catalog.Contains(ApiScopes.OpsMetrics));
        Assert.False(catalog.Contains("patients:read"));
        Assert.Throws<InvalidOperationException>(() => new ApiScopeCatalog([new("members:read"), new("members:read")]));
        Assert.Throws<InvalidOperationException>(() => new ApiScopeCatalog([new(ApiScopes.OpsMetrics)]));
    }
}
