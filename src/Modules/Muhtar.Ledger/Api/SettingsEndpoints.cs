using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Muhtar.Ledger.Settings;
using Muhtar.Platform.Identity;

namespace Muhtar.Ledger.Api;

/// <summary>The credit-book settings: everyone keeping the book may read them; owners and managers change them.</summary>
internal static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettingsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/settings", GetAsync).WithName("GetCreditBookSettings").RequirePermission(Permissions.CreditBook);
        group.MapPut("/settings", PutAsync).WithName("PutCreditBookSettings").RequirePermission(Permissions.CreditBookConfigure);
        return group;
    }

    private static async Task<Ok<SettingsResponse>> GetAsync(CreditSettings settings, CancellationToken ct) =>
        TypedResults.Ok(new SettingsResponse(await settings.ReminderIntervalDaysAsync(ct)));

    private static async Task<Ok<SettingsResponse>> PutAsync(SettingsRequest request, CreditSettings settings, CancellationToken ct)
    {
        await settings.SetReminderIntervalDaysAsync(request.ReminderIntervalDays, ct);
        return TypedResults.Ok(new SettingsResponse(await settings.ReminderIntervalDaysAsync(ct)));
    }
}

internal sealed record SettingsRequest(int? ReminderIntervalDays);

internal sealed record SettingsResponse(int ReminderIntervalDays);
