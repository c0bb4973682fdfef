namespace Muhtar.WorkOrders.Localization;

/// <summary>Marker for the WorkOrders module's strings: WorkOrdersResource.resx is Turkish (default), WorkOrdersResource.en.resx English.</summary>
public sealed class WorkOrdersResource;
