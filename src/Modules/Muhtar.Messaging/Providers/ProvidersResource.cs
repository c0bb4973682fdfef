namespace Muhtar.Messaging.Providers;

/// <summary>
/// Labels of the provider settings for the channels form: key <c>Setting.{name}</c> for each
/// <see cref="ProviderSetting.Name"/>. ProvidersResource.resx is Turkish (the default culture), .en.resx English.
/// </summary>
internal sealed class ProvidersResource;
