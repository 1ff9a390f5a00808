using System.Reflection;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Modules;

/// <summary>
/// What a module contributes to the host: its database (migrations), services, endpoints, pages, navigation,
/// audit event types (with their labels), API scopes and demo seeders. The host lists its modules once
/// (<see cref="ModuleRegistration.AddModules"/>, <see cref="ModuleRegistration.MapModules"/>).
/// </summary>
public abstract class AppModule
{
    /// <summary>The module's name, e.g. "Membership".</summary>
    public abstract string Name { get; }

    /// <summary>The assembly whose routable Razor components the router and <c>AddAdditionalAssemblies</c> read.</summary>
    public virtual Assembly PagesAssembly => GetType().Assembly;

    /// <summary>The module's database (its one DbContext and migration sets), registered before its services.</summary>
    public virtual ModuleDatabaseRegistration? Database => null;

    public virtual IReadOnlyList<NavItem> NavItems => [];

    /// <summary>The module's own audit event types (stored numbers in the module's block).</summary>
    public virtual IReadOnlyList<AuditEventTypeInfo> AuditEventTypes => [];

    /// <summary>API-key scopes the module's endpoints require (<c>RequireScope</c>).</summary>
    public virtual IReadOnlyList<string> ApiScopes => [];

    /// <summary><see cref="Demo.IDemoSeeder"/> implementations, registered scoped.</summary>
    public virtual IReadOnlyList<Type> DemoSeeders => [];

    public abstract void AddServices(IServiceCollection services);

    public abstract void MapEndpoints(IEndpointRouteBuilder app);
}

/// <summary>A module's DbContext registration: the abstract context and its SQLite and PostgreSQL subclasses.</summary>
public sealed class ModuleDatabaseRegistration
{
    private readonly Action<IServiceCollection> _register;

    private ModuleDatabaseRegistration(string module, Type context, Action<IServiceCollection> register)
    {
        Module = module;
        Context = context;
        _register = register;
    }

    public string Module { get; }
    public Type Context { get; }

    public static ModuleDatabaseRegistration For<TContext, TSqlite, TPostgres>(string module)
        where TContext : DbContext where TSqlite : TContext where TPostgres : TContext =>
        new(module, typeof(TContext), s => s.AddModuleDbContext<TContext, TSqlite, TPostgres>(module));

    internal void Register(IServiceCollection services) => _register(services);
}
