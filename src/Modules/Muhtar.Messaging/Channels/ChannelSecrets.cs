using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Muhtar.Messaging.Channels;

/// <summary>
/// Encrypts channel settings with Data Protection. The purpose chain includes the business, so a ciphertext
/// copied into another business's row cannot be read there.
/// </summary>
internal sealed class ChannelSecrets(IDataProtectionProvider protection)
{
    public const string Purpose = "Muhtar.Messaging.Channels.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ProtectSettings(Guid tenantId, IReadOnlyDictionary<string, string> settings) =>
        Protector(tenantId).Protect(JsonSerializer.Serialize(settings, Json));

    public Dictionary<string, string> UnprotectSettings(Guid tenantId, string protectedSettings) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Protector(tenantId).Unprotect(protectedSettings), Json) ?? [];

    public string Protect(Guid tenantId, string value) => Protector(tenantId).Protect(value);

    public string Unprotect(Guid tenantId, string protectedValue) => Protector(tenantId).Unprotect(protectedValue);

    private IDataProtector Protector(Guid tenantId) => protection.CreateProtector(Purpose, tenantId.ToString("N"));
}
