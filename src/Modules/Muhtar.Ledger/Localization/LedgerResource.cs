namespace Muhtar.Ledger.Localization;

/// <summary>Marker for the Ledger module's strings: LedgerResource.resx is Turkish (default), LedgerResource.en.resx English.</summary>
public sealed class LedgerResource;
