using 'main.bicep'

param location = 'northeurope'

param iotHubContosoUaiHubName = 'contoso-uai-hub'
