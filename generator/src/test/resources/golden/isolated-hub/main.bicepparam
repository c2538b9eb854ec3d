using 'main.bicep'

param location = 'westeurope'

param iotHubContosoIsolatedHubName = 'contoso-isolated-hub'
