using 'main.bicep'

param location = 'northeurope'

param iotHubContosoFactoryHubName = 'contoso-factory-hub'
