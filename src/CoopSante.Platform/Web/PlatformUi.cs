using CoopSante.Platform.Identity;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopSante.Platform.Web;

public static class PlatformUi
{
    /// <summary>Blazor services: the signed-in user flows into <see cref="CurrentUser"/> for every circuit.</summary>
    public static IServiceCollection AddPlatformUi(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        return services;
    }
}

/// <summary>Re-checks the person's security stamp every 30 minutes so that a lock-out or revoked grant ends open circuits.</summary>
internal sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var principalStamp = authenticationState.User.FindFirst(options.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        return string.Equals(principalStamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}

/// <summary>Keeps the circuit's <see cref="CurrentUser"/> in step with its authentication state.</summary>
internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider auth, CurrentUser user) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        auth.AuthenticationStateChanged += OnChanged;
        var state = await auth.GetAuthenticationStateAsync();
        user.Set(state.User);
    }

    private void OnChanged(Task<AuthenticationState> task) => _ = Update(task);

    private async Task Update(Task<AuthenticationState> task)
    {
        var state = await task;
        user.Set(state.User);
    }

    public void Dispose() => auth.AuthenticationStateChanged -= OnChanged;
}
