using 'main.bicep'

param location = 'westeurope'

param iotHubContosoRestatedHubName = 'contoso-restated-hub'
