using Microsoft.Extensions.Localization;

namespace Muhtar.Tests.Customers;

/// <summary>Returns the resource key followed by its arguments, so tests can assert which message was chosen.</summary>
internal sealed class KeyLocalizer<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, name + ":" + string.Join("|", arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
