using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Logging;

namespace Muhtar.Platform.Tenancy;

/// <summary>
/// A Blazor circuit outlives the HTTP request that opened it, so the scoped <see cref="TenantContext"/> cannot
/// read the tenant from the request. This sets it from the circuit's signed-in user when the circuit opens and
/// whenever the authentication state changes (e.g. revalidation signs the user out).
/// </summary>
public sealed partial class TenantCircuitHandler(
    AuthenticationStateProvider authentication,
    TenantContext tenant,
    ILogger<TenantCircuitHandler> logger) : CircuitHandler, IDisposable
{
    private bool _subscribed;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        tenant.SetFrom(state.User);
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        _subscribed = true;
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
        }
    }

    private void OnAuthenticationStateChanged(Task<AuthenticationState> task)
    {
        // Until the new state is known, act for no business at all: fail closed, never as the previous user.
        if (!task.IsCompletedSuccessfully)
        {
            tenant.Set(Guid.Empty);
        }

        _ = ApplyAsync(task);
    }

    private async Task ApplyAsync(Task<AuthenticationState> task)
    {
        try
        {
            tenant.SetFrom((await task).User);
        }
        catch (Exception ex)
        {
            tenant.Set(Guid.Empty);
            LogStateFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The circuit's authentication state could not be read; the circuit now acts for no business.")]
    private static partial void LogStateFailed(ILogger logger, Exception ex);
}
