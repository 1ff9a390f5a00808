using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoopSante.Platform.Web;

/// <summary>
/// The signed-in person for a component. A circuit's components may initialize before the circuit handler has filled
/// <see cref="CurrentUser"/>; components that decide what to show from it await this first.
/// </summary>
public sealed class CircuitUser(AuthenticationStateProvider auth, CurrentUser user)
{
    public async Task<ICurrentUser> GetAsync()
    {
        if (!user.IsAuthenticated)
        {
            var state = await auth.GetAuthenticationStateAsync();
            if (state.User.Identity?.IsAuthenticated == true) user.Set(state.User);
        }
        return user;
    }
}
