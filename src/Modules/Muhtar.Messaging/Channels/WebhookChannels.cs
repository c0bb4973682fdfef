using Microsoft.EntityFrameworkCore;
using Muhtar.Platform.Data;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// Finds the channel a provider's push is for by the public key in its URL. The push names no business, so this
/// is the one read of channel set-ups across businesses; everything after it runs as the business found.
/// </summary>
internal sealed class WebhookChannels(IDbContextFactory<MuhtarDbContext> dbFactory, ChannelSecrets secrets)
{
    public async Task<WebhookChannel?> FindAsync(string webhookKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(webhookKey) || webhookKey.Length > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var setup = await db.Set<ChannelSetup>().IgnoreQueryFilters([MuhtarDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(s => s.WebhookKey == webhookKey, cancellationToken);
        return setup is null ? null : new WebhookChannel(setup.Id, setup.WebhookKey, ChannelSettingsStore.ToConfig(setup, secrets));
    }
}

/// <summary>A channel found by its webhook key, with its decrypted set-up.</summary>
internal sealed record WebhookChannel(Guid SetupId, string WebhookKey, ChannelConfig Config);
