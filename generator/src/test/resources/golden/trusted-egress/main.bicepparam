using 'main.bicep'

param location = 'westeurope'

param iotHubContosoEgressHubName = 'contoso-egress-hub'
