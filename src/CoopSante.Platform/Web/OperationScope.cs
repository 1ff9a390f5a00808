using CoopSante.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform.Web;

/// <summary>
/// For Blazor components: runs one operation in a fresh service scope (its own DbContext, as in a request) acting as
/// the circuit's user in the circuit's coop, so that audit rows and query filters see the right person and coop.
/// </summary>
public sealed class OperationScope(IServiceScopeFactory scopes, ICurrentUser user)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        current.Set(user.Principal, user.IpAddress);
        current.ActIn(user.ActiveCoopId);
        return await work(scope.ServiceProvider);
    }

    public Task RunAsync(Func<IServiceProvider, Task> work) =>
        RunAsync<bool>(async sp => { await work(sp); return true; });
}
