using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Messaging;
using Muhtar.Messaging.Providers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// The channel settings of the current business (I4) and the only writer of <see cref="ChannelSetup"/>. Settings are
/// decrypted only to be used (<see cref="IChannelConfigReader"/>) or to keep secrets nobody re-typed; what is shown
/// never carries a secret.
/// </summary>
internal sealed class ChannelSettingsStore(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    ChannelSecrets secrets,
    ChannelValidator validator,
    TimeProvider time) : IChannelConfigReader
{
    /// <summary>The channel's set-up for sending; null when not set up or switched off.</summary>
    public async Task<ChannelConfig?> GetAsync(MessageChannel channel, CancellationToken cancellationToken = default)
    {
        var setup = await FindAsync(channel, cancellationToken);
        return setup is { Enabled: true } ? ToConfig(setup) : null;
    }

    /// <summary>The stored set-up even when switched off (a test message is sent before the channel is switched on).</summary>
    public async Task<ChannelConfig?> GetStoredAsync(MessageChannel channel, CancellationToken cancellationToken = default) =>
        await FindAsync(channel, cancellationToken) is { } setup ? ToConfig(setup) : null;

    public async Task<ChannelSettingsView?> ViewAsync(MessageChannel channel, CancellationToken cancellationToken = default) =>
        await FindAsync(channel, cancellationToken) is { } setup ? ToView(setup) : null;

    public async Task<IReadOnlyList<ChannelSettingsView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ChannelSetup>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Channel).Select(ToView).ToList();
    }

    /// <summary>Creates or changes the set-up; a broken rule is a <see cref="ChannelValidationException"/> naming every field.</summary>
    public async Task<ChannelSettingsView> SaveAsync(MessageChannel channel, ChannelSettingsInput input, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var setup = await db.Set<ChannelSetup>().SingleOrDefaultAsync(s => s.Channel == channel, cancellationToken);
        var stored = setup is not null && setup.ProviderKey == input.Provider?.Trim()
            ? secrets.UnprotectSettings(tenant.TenantId, setup.ProtectedSettings)
            : new Dictionary<string, string>();
        var (provider, settings, errors) = validator.Check(channel, input, stored);
        if (errors.Count > 0)
        {
            throw new ChannelValidationException(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var protectedSettings = secrets.ProtectSettings(tenant.TenantId, settings);
        var webhookSecret = input.WebhookSecret?.Trim() ?? "";
        if (setup is null)
        {
            var secret = webhookSecret.Length > 0 ? webhookSecret : ChannelSetup.NewSecret();
            setup = new ChannelSetup(channel, provider!.Key, protectedSettings, secrets.Protect(tenant.TenantId, secret), input.Enabled, now);
            db.Add(setup);
        }
        else
        {
            setup.Change(provider!.Key, protectedSettings, input.Enabled, now);
            if (webhookSecret.Length > 0)
            {
                setup.ChangeWebhookSecret(secrets.Protect(tenant.TenantId, webhookSecret), now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToView(setup);
    }

    private async Task<ChannelSetup?> FindAsync(MessageChannel channel, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ChannelSetup>().AsNoTracking().SingleOrDefaultAsync(s => s.Channel == channel, cancellationToken);
    }

    private ChannelConfig ToConfig(ChannelSetup setup) => ToConfig(setup, secrets);

    internal static ChannelConfig ToConfig(ChannelSetup setup, ChannelSecrets secrets) => new(
        setup.TenantId,
        setup.Channel,
        setup.ProviderKey,
        secrets.UnprotectSettings(setup.TenantId, setup.ProtectedSettings),
        secrets.Unprotect(setup.TenantId, setup.ProtectedWebhookSecret));

    private ChannelSettingsView ToView(ChannelSetup setup)
    {
        var settings = secrets.UnprotectSettings(setup.TenantId, setup.ProtectedSettings);
        var secretNames = ProviderCatalog.Find(setup.ProviderKey)?.SecretSettings.ToHashSet(StringComparer.Ordinal) ?? [];
        return new ChannelSettingsView(
            setup.Channel,
            setup.ProviderKey,
            setup.Enabled,
            // An unknown provider (removed from the catalogue) shows nothing rather than risk showing a secret.
            ProviderCatalog.Find(setup.ProviderKey) is null
                ? new Dictionary<string, string>()
                : settings.Where(p => !secretNames.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value),
            settings.Keys.Where(secretNames.Contains).Order(StringComparer.Ordinal).ToList(),
            setup.ProtectedWebhookSecret.Length > 0,
            setup.WebhookKey,
            WebhookVerifyToken.For(setup.WebhookKey, secrets.Unprotect(setup.TenantId, setup.ProtectedWebhookSecret)),
            setup.UpdatedAt);
    }
}
