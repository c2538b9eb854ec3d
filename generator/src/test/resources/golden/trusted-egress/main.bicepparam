using 'main.bicep'

param location = 'westeurope'

param existingIotHubs = []

param iotHubContosoEgressHubName = 'contoso-egress-hub'
