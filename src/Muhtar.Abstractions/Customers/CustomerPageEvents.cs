namespace Muhtar.Abstractions.Customers;

/// <summary>
/// Lets a <see cref="CustomerPagePanel"/> tell the customer page that it changed something (a consent
/// was recorded), so the page's other sections (the timeline) show it. Scoped: one per circuit.
/// </summary>
public sealed class CustomerPageEvents
{
    public event Func<Guid, Task>? Changed;

    public async Task NotifyChangedAsync(Guid customerId)
    {
        if (Changed is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Guid, Task>>())
            {
                await handler(customerId);
            }
        }
    }
}
